package dev.olifant.sql.parser;

import dev.olifant.sql.ast.CreateDatabaseStmt;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateRoleStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DefElemKind;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.OnCommitAction;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RoleOption;
import dev.olifant.sql.ast.RoleOptionKind;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.RoleSpecKind;
import dev.olifant.sql.ast.RoleStmtKind;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.sql.ast.UnsupportedStmt;
import dev.olifant.sql.ast.ViewCheckOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CREATE statements: TABLE (and AS), INDEX, SCHEMA, DATABASE, SEQUENCE, VIEW, ROLE / USER / GROUP. */
abstract class CreateParser extends PartitionParser {

    CreateParser(Tokens tokens) {
        super(tokens);
    }

    /** Skips an unsupported statement to its end and records its leading words. */
    abstract UnsupportedStmt unsupported(String description, int location);

    /** Set while parsing EXPLAIN CREATE …, where only CREATE TABLE … AS (and materialized views) may follow. */
    boolean explainCreate;

    final Statement create() {
        int loc = loc();
        expectKw("create");
        boolean orReplace = false;
        if (isKw("or") && isKw(1, "replace")) {
            p += 2;
            orReplace = true;
        }
        Persistence persistence = Persistence.PERMANENT;
        if (acceptKw("temp") || acceptKw("temporary")) {
            persistence = Persistence.TEMPORARY;
        } else if ((isKw("local") || isKw("global")) && (isKw(1, "temp") || isKw(1, "temporary"))) {
            p += 2;
            persistence = Persistence.TEMPORARY;
        } else if (acceptKw("unlogged")) {
            persistence = Persistence.UNLOGGED;
        }
        if (isKw("table") && !orReplace) {
            p++;
            return createTable(persistence, loc);
        }
        if (persistence == Persistence.PERMANENT && !explainCreate) {
            // a bare "CREATE FUNCTION" is how an unsupported (SQL-standard body) function prints
            if ((isKw("function") || isKw("procedure")) && kind(1) != TokenKind.EOF && kind(1) != TokenKind.SEMICOLON) {
                return new RoutineParser((AlterParser) this).createFunction(orReplace, loc);
            }
            if (isKw("trigger") || isKw("constraint") && isKw(1, "trigger")) {
                return new RoutineParser((AlterParser) this).createTrigger(orReplace, loc);
            }
        }
        if (explainCreate && !isKw("materialized")) {
            throw syntaxError();
        }
        if (isKw("sequence") && !orReplace) {
            p++;
            boolean ifNotExists = ifNotExists();
            QualifiedName name = qualifiedName();
            return new CreateSequenceStmt(name, persistence, ifNotExists, sequenceOptions(false), loc);
        }
        if (isKw("view") || (isKw("recursive") && isKw(1, "view"))) {
            boolean recursive = acceptKw("recursive");
            p++;
            return createView(orReplace, persistence, recursive, loc);
        }
        if (persistence == Persistence.PERMANENT && !orReplace) {
            if (isKw("index") || isKw("unique")) {
                return createIndex(loc);
            }
            if (acceptKw("schema")) {
                return createSchema(loc);
            }
            if (acceptKw("database")) {
                String name = colId();
                acceptKw("with");
                return new CreateDatabaseStmt(name, databaseOptions(), loc);
            }
            if (isKw("role") || isKw("user") || isKw("group")) {
                if (isKw("user") && isKw(1, "mapping")) {
                    return unsupported("CREATE USER MAPPING", loc);
                }
                RoleStmtKind kind = RoleStmtKind.valueOf(value().toUpperCase(Locale.ROOT));
                p++;
                RoleSpec spec = roleSpec();
                if (spec.kind() != RoleSpecKind.NAME) {
                    throw syntaxErrorAt(p - 1);
                }
                acceptKw("with");
                return new CreateRoleStmt(kind, spec.name(), roleOptions(true), loc);
            }
        }
        if (!isUnsupportedObjectWord()) {
            throw syntaxError();
        }
        StringBuilder what = new StringBuilder("CREATE");
        int words = 0;
        while ((is(TokenKind.KEYWORD) || is(TokenKind.IDENT)) && words < 2) {
            String w = value().toUpperCase(Locale.ROOT);
            what.append(' ').append(w);
            words++;
            if (!w.equals("OR") && !w.equals("REPLACE") && !w.equals("MATERIALIZED") && !w.equals("FOREIGN")
                    && !w.equals("DEFAULT") && !w.equals("EVENT") && !w.equals("TEXT") && !w.equals("CONSTRAINT")) {
                break;
            }
            p++;
        }
        return unsupported(what.toString().replace("CREATE OR REPLACE", "CREATE"), loc);
    }

    final boolean ifNotExists() {
        if (isKw("if") && isKw(1, "not") && isKw(2, "exists")) {
            p += 3;
            return true;
        }
        return false;
    }

    private Statement createTable(Persistence persistence, int loc) {
        boolean ifNotExists = ifNotExists();
        QualifiedName name = qualifiedName();
        if (isKw("partition") && isKw(1, "of")) {
            return partitionOf(name, persistence, ifNotExists, loc);
        }
        if (isKw("of")) {
            throw notSupported("typed tables are not supported", loc());
        }
        if (!is(TokenKind.LPAREN) || startsSubquery() || isCtasColumnList() || explainCreate) {
            List<String> cols = is(TokenKind.LPAREN) && !startsSubquery() ? parenNameList() : List.of();
            List<DefElem> options = withOptions();
            expectKw("as");
            if (isKw("execute")) {
                throw notSupported("CREATE TABLE AS EXECUTE is not supported", loc());
            }
            SelectStmt query = selectStmt();
            boolean withData = true;
            if (isKw("with") && (isKw(1, "data") || (isKw(1, "no") && isKw(2, "data")))) {
                p++;
                withData = !acceptKw("no");
                expectKw("data");
            }
            return new CreateTableAsStmt(name, persistence, ifNotExists, cols, options, query, withData, loc);
        }
        List<TableElement> elements = tableElements();
        List<QualifiedName> inherits = List.of();
        if (acceptKw("inherits")) {
            expect(TokenKind.LPAREN);
            inherits = qualifiedNameList();
            expect(TokenKind.RPAREN);
        }
        dev.olifant.sql.ast.PartitionSpec partitionBy = isKw("partition") && isKw(1, "by") ? partitionSpec() : null;
        if (isKw("using")) {
            throw notSupported("table access methods are not supported", loc());
        }
        List<DefElem> options = withOptions();
        OnCommitAction onCommit = OnCommitAction.NOOP;
        if (isKw("on") && isKw(1, "commit")) {
            p += 2;
            if (acceptKw("drop")) {
                onCommit = OnCommitAction.DROP;
            } else if (acceptKw("delete")) {
                expectKw("rows");
                onCommit = OnCommitAction.DELETE_ROWS;
            } else {
                expectKw("preserve");
                expectKw("rows");
                onCommit = OnCommitAction.PRESERVE_ROWS;
            }
        }
        if (isKw("tablespace")) {
            throw notSupported("tablespaces are not supported", loc());
        }
        return new CreateTableStmt(name, persistence, ifNotExists, elements, inherits, options, onCommit, loc,
                partitionBy, null, null);
    }

    /** {@code CREATE TABLE name PARTITION OF parent bound [PARTITION BY …] [WITH (…)]}. */
    private Statement partitionOf(QualifiedName name, Persistence persistence, boolean ifNotExists, int loc) {
        p += 2;
        QualifiedName parent = qualifiedName();
        if (is(TokenKind.LPAREN)) {
            throw notSupported("column definitions in CREATE TABLE ... PARTITION OF are not supported", loc());
        }
        dev.olifant.sql.ast.PartitionBoundSpec bound = partitionBound();
        dev.olifant.sql.ast.PartitionSpec partitionBy = isKw("partition") && isKw(1, "by") ? partitionSpec() : null;
        List<DefElem> options = withOptions();
        if (isKw("tablespace")) {
            throw notSupported("tablespaces are not supported", loc());
        }
        return new CreateTableStmt(name, persistence, ifNotExists, List.of(), List.of(), options, OnCommitAction.NOOP,
                loc, partitionBy, parent, bound);
    }

    /** {@code CREATE TABLE t (a, b) AS …}: a parenthesized plain name list followed by WITH / AS. */
    private boolean isCtasColumnList() {
        int i = p + 1;
        while (true) {
            TokenKind k = t.kinds[i];
            if (k != TokenKind.IDENT && k != TokenKind.KEYWORD) {
                return false;
            }
            i++;
            if (t.kinds[i] == TokenKind.RPAREN) {
                i++;
                break;
            }
            if (t.kinds[i] != TokenKind.COMMA) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** {@code WITH ( options )}, {@code WITHOUT OIDS} or nothing. */
    final List<DefElem> withOptions() {
        if (isKw("with") && kind(1) == TokenKind.LPAREN) {
            p++;
            return defList();
        }
        if (isKw("without") && isKw(1, "oids")) {
            p += 2;
        }
        return List.of();
    }

    private Statement createView(boolean orReplace, Persistence persistence, boolean recursive, int loc) {
        QualifiedName name = qualifiedName();
        List<String> cols = is(TokenKind.LPAREN) ? parenNameList() : List.of();
        List<DefElem> options = withOptions();
        expectKw("as");
        SelectStmt query = selectStmt();
        ViewCheckOption check = ViewCheckOption.NONE;
        if (isKw("with") && (isKw(1, "check") || isKw(1, "cascaded") || isKw(1, "local"))) {
            p++;
            check = ViewCheckOption.CASCADED;
            if (acceptKw("local")) {
                check = ViewCheckOption.LOCAL;
            } else {
                acceptKw("cascaded");
            }
            expectKw("check");
            expectKw("option");
        }
        return new CreateViewStmt(name, orReplace, persistence, recursive, cols, options, query, check, loc);
    }

    private Statement createIndex(int loc) {
        boolean unique = acceptKw("unique");
        expectKw("index");
        boolean concurrently = acceptKw("concurrently");
        boolean ifNotExists = ifNotExists();
        String name = null;
        if (!isKw("on")) {
            name = colId();
        } else if (ifNotExists) {
            throw syntaxError();
        }
        expectKw("on");
        boolean only = acceptKw("only");
        QualifiedName table = qualifiedName();
        String method = null;
        if (acceptKw("using")) {
            method = colId();
        }
        List<IndexElem> elems = indexElems();
        List<String> include = List.of();
        if (acceptKw("include")) {
            include = parenNameList();
        }
        boolean nullsNotDistinct = false;
        if (isKw("nulls") && (isKw(1, "distinct") || isKw(1, "not"))) {
            p++;
            nullsNotDistinct = acceptKw("not");
            expectKw("distinct");
        }
        List<DefElem> options = withOptions();
        if (isKw("tablespace")) {
            throw notSupported("tablespaces are not supported", loc());
        }
        Expr where = acceptKw("where") ? aExpr() : null;
        return new CreateIndexStmt(name, table, unique, concurrently, ifNotExists, only, method, elems, include,
                nullsNotDistinct, options, where, loc);
    }

    private Statement createSchema(int loc) {
        boolean ifNotExists = ifNotExists();
        String name = null;
        RoleSpec auth = null;
        if (!isKw("authorization")) {
            name = colId();
        }
        if (acceptKw("authorization")) {
            auth = roleSpec();
        }
        if (name == null && auth == null) {
            throw syntaxError();
        }
        List<Statement> elements = new ArrayList<>();
        while (isKw("create") || isKw("grant")) {
            elements.add(isKw("create") ? create() : schemaGrant());
        }
        return new CreateSchemaStmt(name, auth, ifNotExists, elements, loc);
    }

    /** A GRANT inside CREATE SCHEMA. */
    abstract Statement schemaGrant();

    private List<DefElem> databaseOptions() {
        List<DefElem> options = new ArrayList<>();
        while (isColLabel() && !is(TokenKind.EOF)) {
            int loc = loc();
            String name = value();
            p++;
            if (name.equals("connection")) {
                expectKw("limit");
                name = "connection_limit";
            }
            accept(TokenKind.EQ);
            options.add(defValue(name, loc));
        }
        return options;
    }

    /** Database options of ALTER DATABASE … [WITH] options. */
    final List<DefElem> alterDatabaseOptions() {
        return databaseOptions();
    }

    /** A role reference: name, PUBLIC, CURRENT_ROLE, CURRENT_USER, SESSION_USER. */
    final RoleSpec roleSpec() {
        int loc = loc();
        if (is(TokenKind.KEYWORD)) {
            switch (value()) {
                case "public":
                    p++;
                    return new RoleSpec(RoleSpecKind.PUBLIC, null, loc);
                case "current_role":
                    p++;
                    return new RoleSpec(RoleSpecKind.CURRENT_ROLE, null, loc);
                case "current_user":
                    p++;
                    return new RoleSpec(RoleSpecKind.CURRENT_USER, null, loc);
                case "session_user":
                    p++;
                    return new RoleSpec(RoleSpecKind.SESSION_USER, null, loc);
                default:
                    break;
            }
        }
        String name = nonReservedWord();
        // "public" is no keyword, yet names PUBLIC even when quoted, as in PostgreSQL's RoleSpec rule
        return name.equals("public") ? new RoleSpec(RoleSpecKind.PUBLIC, null, loc)
                : new RoleSpec(RoleSpecKind.NAME, name, loc);
    }

    final List<RoleSpec> roleSpecList() {
        List<RoleSpec> list = new ArrayList<>();
        do {
            list.add(roleSpec());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    /** CREATE / ALTER ROLE options until none follows. */
    final List<RoleOption> roleOptions(boolean create) {
        List<RoleOption> options = new ArrayList<>();
        while (true) {
            int loc = loc();
            if (!is(TokenKind.KEYWORD) && !is(TokenKind.IDENT)) {
                return options;
            }
            String w = value();
            RoleOption o = switch (w) {
                case "superuser", "nosuperuser" -> flag(RoleOptionKind.SUPERUSER, w, loc);
                case "createdb", "nocreatedb" -> flag(RoleOptionKind.CREATEDB, w, loc);
                case "createrole", "nocreaterole" -> flag(RoleOptionKind.CREATEROLE, w, loc);
                case "inherit", "noinherit" -> flag(RoleOptionKind.INHERIT, w, loc);
                case "login", "nologin" -> flag(RoleOptionKind.LOGIN, w, loc);
                case "replication", "noreplication" -> flag(RoleOptionKind.REPLICATION, w, loc);
                case "bypassrls", "nobypassrls" -> flag(RoleOptionKind.BYPASSRLS, w, loc);
                default -> null;
            };
            if (o != null) {
                p++;
                options.add(o);
                continue;
            }
            if (isKw("connection") && isKw(1, "limit")) {
                p += 2;
                options.add(new RoleOption(RoleOptionKind.CONNECTION_LIMIT, true, signedIconst(), List.of(), loc));
            } else if (acceptKw("password")) {
                String pw = acceptKw("null") ? null : sconst();
                options.add(new RoleOption(RoleOptionKind.PASSWORD, true, pw, List.of(), loc));
            } else if (isKw("encrypted") && isKw(1, "password")) {
                p += 2;
                options.add(new RoleOption(RoleOptionKind.ENCRYPTED_PASSWORD, true, sconst(), List.of(), loc));
            } else if (isKw("unencrypted") && isKw(1, "password")) {
                throw notSupported("UNENCRYPTED PASSWORD is no longer supported", loc);
            } else if (isKw("valid") && isKw(1, "until")) {
                p += 2;
                options.add(new RoleOption(RoleOptionKind.VALID_UNTIL, true, sconst(), List.of(), loc));
            } else if (create && isKw("in") && (isKw(1, "role") || isKw(1, "group"))) {
                p += 2;
                options.add(new RoleOption(RoleOptionKind.IN_ROLE, true, null, roleNames(), loc));
            } else if (create && (isKw("role") || isKw("user"))) {
                p++;
                options.add(new RoleOption(RoleOptionKind.ROLE, true, null, roleNames(), loc));
            } else if (create && acceptKw("admin")) {
                options.add(new RoleOption(RoleOptionKind.ADMIN, true, null, roleNames(), loc));
            } else if (create && acceptKw("sysid")) {
                options.add(new RoleOption(RoleOptionKind.SYSID, true, String.valueOf(iconst()), List.of(), loc));
            } else {
                return options;
            }
        }
    }

    private static RoleOption flag(RoleOptionKind kind, String word, int loc) {
        boolean enabled = !word.startsWith("no");
        return new RoleOption(kind, enabled, null, List.of(), loc);
    }

    private List<String> roleNames() {
        List<String> names = new ArrayList<>();
        do {
            RoleSpec r = roleSpec();
            names.add(r.kind() == RoleSpecKind.NAME ? r.name() : r.kind().name().toLowerCase(Locale.ROOT));
        } while (accept(TokenKind.COMMA));
        return names;
    }

    static DefElem word(String name, String value, int loc) {
        return new DefElem(name, DefElemKind.WORD, value, List.of(), loc);
    }
}
