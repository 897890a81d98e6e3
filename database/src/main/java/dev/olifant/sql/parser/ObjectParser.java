package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AlterDefaultPrivilegesStmt;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.GrantRoleStmt;
import dev.olifant.sql.ast.GrantStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.Privilege;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** DROP, GRANT / REVOKE (privileges and roles), ALTER DEFAULT PRIVILEGES, COMMENT ON, TRUNCATE. */
abstract class ObjectParser extends AlterParser {

    ObjectParser(Tokens tokens) {
        super(tokens);
    }

    final Statement drop() {
        int loc = loc();
        expectKw("drop");
        ObjectKind kind;
        if (isKw("table") || isKw("view") || isKw("index") || isKw("sequence") || isKw("schema")
                || isKw("database") || isKw("role")) {
            kind = ObjectKind.valueOf(value().toUpperCase(Locale.ROOT));
        } else if (isKw("function") || isKw("procedure")) {
            return new RoutineParser(this).dropRoutine(loc);
        } else if (isKw("trigger")) {
            return new RoutineParser(this).dropTrigger(loc);
        } else if (isKw("user") || isKw("group")) {
            if (isKw("user") && isKw(1, "mapping")) {
                return unsupported("DROP USER MAPPING", loc);
            }
            kind = ObjectKind.ROLE;
        } else {
            if (!isUnsupportedObjectWord()) {
                throw syntaxError();
            }
            String what = " " + value().toUpperCase(Locale.ROOT);
            if (what.equals(" MATERIALIZED") || what.equals(" FOREIGN") || what.equals(" EVENT")) {
                what += " " + value(1).toUpperCase(Locale.ROOT);
            }
            return unsupported("DROP" + what, loc);
        }
        p++;
        boolean concurrently = kind == ObjectKind.INDEX && acceptKw("concurrently");
        boolean ifExists = ifExists();
        List<QualifiedName> names;
        if (kind == ObjectKind.ROLE) {
            names = new ArrayList<>();
            do {
                RoleSpec r = roleSpec();
                if (r.kind() != dev.olifant.sql.ast.RoleSpecKind.NAME) {
                    throw syntaxErrorAt(p - 1);
                }
                names.add(new QualifiedName(r.name(), r.location()));
            } while (accept(TokenKind.COMMA));
        } else if (kind == ObjectKind.DATABASE) {
            int nloc = loc();
            names = List.of(new QualifiedName(colId(), nloc));
        } else if (kind == ObjectKind.SCHEMA) {
            names = new ArrayList<>();
            do {
                int nloc = loc();
                names.add(new QualifiedName(colId(), nloc));
            } while (accept(TokenKind.COMMA));
        } else {
            names = qualifiedNameList();
        }
        boolean force = false;
        DropBehavior behavior = DropBehavior.DEFAULT;
        if (kind == ObjectKind.DATABASE) {
            if (isKw("with") || is(TokenKind.LPAREN)) {
                acceptKw("with");
                expect(TokenKind.LPAREN);
                expectKw("force");
                force = true;
                expect(TokenKind.RPAREN);
            }
        } else if (kind != ObjectKind.ROLE) {
            behavior = dropBehavior();
        }
        return new DropStmt(kind, names, ifExists, behavior, concurrently, force, loc);
    }

    /** GRANT / REVOKE of privileges or of role memberships. */
    final Statement grantOrRevoke() {
        int loc = loc();
        boolean grant = isKw("grant");
        p++;
        boolean optionFor = false;
        if (!grant && (isKw("grant") || isKw("admin")) && isKw(1, "option") && isKw(2, "for")) {
            optionFor = true;
            boolean admin = isKw("admin");
            p += 3;
            if (admin) {
                return grantRoleRest(false, true, loc);
            }
        }
        if (!optionFor && !privilegesAhead()) {
            return grantRoleRest(grant, false, loc);
        }
        GrantStmt g = privilegeGrant(grant, optionFor, loc, true);
        return g;
    }

    /** Whether a privilege list with ON follows (as opposed to role names with TO / FROM). */
    private boolean privilegesAhead() {
        int depth = 0;
        for (int i = p; i < t.count; i++) {
            TokenKind k = t.kinds[i];
            if (k == TokenKind.LPAREN) {
                depth++;
            } else if (k == TokenKind.RPAREN) {
                depth--;
            } else if (k == TokenKind.EOF || k == TokenKind.SEMICOLON) {
                return false;
            } else if (depth == 0 && k == TokenKind.KEYWORD) {
                String v = t.values[i];
                if (v.equals("on")) {
                    return true;
                }
                if (v.equals("to") || v.equals("from")) {
                    return false;
                }
            }
        }
        return false;
    }

    private GrantStmt privilegeGrant(boolean grant, boolean optionFor, int loc, boolean withTarget) {
        List<Privilege> privileges = new ArrayList<>();
        if (acceptKw("all")) {
            acceptKw("privileges");
            if (is(TokenKind.LPAREN)) {
                throw notSupported("column privileges with ALL are not supported", loc());
            }
        } else {
            do {
                String name;
                if (isColId() || isKw("select") || isKw("references") || isKw("create")) {
                    name = value();
                    p++;
                } else {
                    throw syntaxError();
                }
                if (name.equals("temp")) {
                    name = "temporary";
                }
                List<String> cols = is(TokenKind.LPAREN) ? parenNameList() : List.of();
                privileges.add(new Privilege(name, cols));
            } while (accept(TokenKind.COMMA));
        }
        expectKw("on");
        ObjectKind kind = ObjectKind.TABLE;
        boolean allInSchema = false;
        List<QualifiedName> objects = new ArrayList<>();
        List<List<TypeName>> functionArgs = new ArrayList<>();
        if (!withTarget) {
            kind = defaultPrivilegeKind();
        } else if (isKw("all") && (isKw(1, "tables") || isKw(1, "sequences") || isKw(1, "functions"))) {
            p++;
            kind = switch (value()) {
                case "tables" -> ObjectKind.TABLE;
                case "sequences" -> ObjectKind.SEQUENCE;
                default -> ObjectKind.FUNCTION;
            };
            p++;
            expectKw("in");
            expectKw("schema");
            allInSchema = true;
            do {
                int nloc = loc();
                objects.add(new QualifiedName(colId(), nloc));
            } while (accept(TokenKind.COMMA));
        } else {
            if (acceptKw("table")) {
                kind = ObjectKind.TABLE;
            } else if (acceptKw("sequence")) {
                kind = ObjectKind.SEQUENCE;
            } else if (acceptKw("database")) {
                kind = ObjectKind.DATABASE;
            } else if (acceptKw("schema")) {
                kind = ObjectKind.SCHEMA;
            } else if (acceptKw("function") || acceptKw("procedure") || acceptKw("routine")) {
                kind = ObjectKind.FUNCTION;
            } else if (isKw("foreign") || isKw("large") || isKw("language") || isKw("tablespace")
                    || isKw("domain") || isKw("type")) {
                throw notSupported("GRANT ON " + value().toUpperCase(Locale.ROOT) + " is not supported", loc());
            }
            do {
                if (kind == ObjectKind.DATABASE || kind == ObjectKind.SCHEMA) {
                    int nloc = loc();
                    objects.add(new QualifiedName(colId(), nloc));
                } else {
                    objects.add(qualifiedName());
                }
                if (kind == ObjectKind.FUNCTION && is(TokenKind.LPAREN)) {
                    functionArgs.add(List.copyOf(functionArgTypes()));
                }
            } while (accept(TokenKind.COMMA));
            if (!functionArgs.isEmpty() && functionArgs.size() != objects.size()) {
                throw notSupported("mixing function signatures with and without argument lists is not supported",
                        loc);
            }
        }
        if (grant) {
            expectKw("to");
        } else {
            expectKw("from");
        }
        List<RoleSpec> grantees = grantees();
        boolean grantOption = optionFor;
        if (grant && isKw("with") && isKw(1, "grant")) {
            p += 2;
            expectKw("option");
            grantOption = true;
        }
        RoleSpec grantedBy = null;
        if (isKw("granted") && isKw(1, "by")) {
            p += 2;
            grantedBy = roleSpec();
        }
        DropBehavior behavior = grant ? DropBehavior.DEFAULT : dropBehavior();
        return new GrantStmt(grant, privileges, kind, allInSchema, objects, functionArgs, grantees, grantOption,
                grantedBy, behavior, loc);
    }

    private ObjectKind defaultPrivilegeKind() {
        String w = value();
        p++;
        return switch (w) {
            case "tables" -> ObjectKind.TABLE;
            case "sequences" -> ObjectKind.SEQUENCE;
            case "functions", "routines" -> ObjectKind.FUNCTION;
            case "types" -> ObjectKind.TYPE;
            case "schemas" -> ObjectKind.SCHEMA;
            default -> throw syntaxErrorAt(p - 1);
        };
    }

    /** {@code ( [argname] type, … )} of a function signature; argument names and modes are skipped. */
    final List<TypeName> functionArgTypes() {
        expect(TokenKind.LPAREN);
        List<TypeName> types = new ArrayList<>();
        if (accept(TokenKind.RPAREN)) {
            return types;
        }
        do {
            if (isKw("in") || isKw("out") || isKw("inout") || isKw("variadic")) {
                p++;
            }
            int save = p;
            if (isTypeFunctionName() && !isSqlTypeKeyword() && kind(1) != TokenKind.COMMA
                    && kind(1) != TokenKind.RPAREN && kind(1) != TokenKind.DOT && kind(1) != TokenKind.LBRACKET
                    && kind(1) != TokenKind.LPAREN) {
                p++;
                try {
                    types.add(typeName());
                    continue;
                } catch (dev.olifant.error.PgException e) {
                    p = save;
                }
            }
            types.add(typeName());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return types;
    }

    private List<RoleSpec> grantees() {
        List<RoleSpec> list = new ArrayList<>();
        do {
            acceptKw("group");
            list.add(roleSpec());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    /**
     * The rest of a role GRANT / REVOKE. Granted roles are written as privileges are (any
     * ColId, SELECT, REFERENCES, CREATE, with an optional column list that the command
     * rejects); grantees are role specifications without GROUP.
     */
    private GrantRoleStmt grantRoleRest(boolean grant, boolean adminOptionFor, int loc) {
        List<String> roles = new ArrayList<>();
        int columnsAt = -1;
        if (isKw("all")) {
            p++;
            acceptKw("privileges");
            throw syntaxError();
        }
        do {
            if (!(isColId() || isKw("select") || isKw("references") || isKw("create"))) {
                throw syntaxError();
            }
            roles.add(value());
            p++;
            if (is(TokenKind.LPAREN)) {
                parenNameList();
                if (columnsAt < 0) {
                    columnsAt = roles.size() - 1;
                }
            }
        } while (accept(TokenKind.COMMA));
        if (grant) {
            expectKw("to");
        } else {
            expectKw("from");
        }
        List<RoleSpec> grantees = roleSpecList();
        boolean admin = adminOptionFor;
        if (grant && acceptKw("with")) {
            expectKw("admin");
            expectKw("option");
            admin = true;
        }
        RoleSpec grantedBy = null;
        if (isKw("granted") && isKw(1, "by")) {
            p += 2;
            grantedBy = roleSpec();
        }
        DropBehavior behavior = grant ? DropBehavior.DEFAULT : dropBehavior();
        return new GrantRoleStmt(grant, roles, grantees, admin, grantedBy, behavior, loc, columnsAt);
    }

    @Override
    final Statement schemaGrant() {
        return grantOrRevoke();
    }

    @Override
    final Statement alterDefaultPrivileges(int loc) {
        List<String> roles = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        while (true) {
            if (isKw("for") && (isKw(1, "role") || isKw(1, "user"))) {
                p += 2;
                do {
                    roles.add(nonReservedWord());
                } while (accept(TokenKind.COMMA));
            } else if (isKw("in") && isKw(1, "schema")) {
                p += 2;
                schemas.addAll(nameList());
            } else {
                break;
            }
        }
        int gloc = loc();
        boolean grant = isKw("grant");
        if (!grant && !isKw("revoke")) {
            throw syntaxError();
        }
        p++;
        boolean optionFor = false;
        if (!grant && isKw("grant") && isKw(1, "option") && isKw(2, "for")) {
            p += 3;
            optionFor = true;
        }
        GrantStmt action = privilegeGrant(grant, optionFor, gloc, false);
        return new AlterDefaultPrivilegesStmt(roles, schemas, action, loc);
    }

    final Statement comment() {
        int loc = loc();
        expectKw("comment");
        expectKw("on");
        ObjectKind kind;
        String w = is(TokenKind.KEYWORD) ? value() : "";
        switch (w) {
            case "table", "column", "schema", "view", "index", "sequence", "database", "role", "function",
                    "constraint", "type":
                kind = ObjectKind.valueOf(w.toUpperCase(Locale.ROOT));
                p++;
                break;
            default:
                if (isUnsupportedObjectWord()) {
                    return unsupported("COMMENT ON " + value().toUpperCase(Locale.ROOT), loc);
                }
                throw syntaxError();
        }
        QualifiedName name;
        String constraint = null;
        List<TypeName> args = List.of();
        if (kind == ObjectKind.CONSTRAINT) {
            constraint = colId();
            expectKw("on");
            acceptKw("domain");
            name = qualifiedName();
        } else if (kind == ObjectKind.ROLE) {
            RoleSpec r = roleSpec();
            name = new QualifiedName(r.name(), r.location());
        } else if (kind == ObjectKind.TYPE) {
            TypeName tn = typeName();
            name = new QualifiedName(tn.names(), tn.location());
        } else {
            name = qualifiedName();
            if (kind == ObjectKind.FUNCTION && is(TokenKind.LPAREN)) {
                args = functionArgTypes();
            }
        }
        expectKw("is");
        String text = acceptKw("null") ? null : sconst();
        return new CommentStmt(kind, name, constraint, args, text, loc);
    }

    final Statement truncate() {
        int loc = loc();
        expectKw("truncate");
        acceptKw("table");
        List<TableRef> tables = new ArrayList<>();
        do {
            tables.add(relationExpr(false, false));
        } while (accept(TokenKind.COMMA));
        boolean restart = false;
        if (acceptKw("restart")) {
            expectKw("identity");
            restart = true;
        } else if (acceptKw("continue")) {
            expectKw("identity");
        }
        return new TruncateStmt(tables, restart, dropBehavior(), loc);
    }
}
