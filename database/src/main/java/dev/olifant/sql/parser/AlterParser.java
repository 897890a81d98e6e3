package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AddColumn;
import dev.olifant.sql.ast.AddConstraint;
import dev.olifant.sql.ast.AlterColumnDefault;
import dev.olifant.sql.ast.AlterColumnIdentity;
import dev.olifant.sql.ast.AlterColumnNotNull;
import dev.olifant.sql.ast.AlterColumnStatistics;
import dev.olifant.sql.ast.AlterColumnType;
import dev.olifant.sql.ast.AlterDatabaseSetStmt;
import dev.olifant.sql.ast.AlterDatabaseStmt;
import dev.olifant.sql.ast.AlterObjectSchemaStmt;
import dev.olifant.sql.ast.AlterOwnerStmt;
import dev.olifant.sql.ast.AlterRoleSetStmt;
import dev.olifant.sql.ast.AlterRoleStmt;
import dev.olifant.sql.ast.AlterSequenceStmt;
import dev.olifant.sql.ast.AlterTableCmd;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropColumn;
import dev.olifant.sql.ast.DropConstraint;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.IdentityAction;
import dev.olifant.sql.ast.IdentityKind;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.OwnerTo;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.SequenceOption;
import dev.olifant.sql.ast.SetRelOptions;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/** ALTER statements: TABLE / INDEX / SEQUENCE / VIEW, DATABASE, SCHEMA, ROLE / USER / GROUP. */
abstract class AlterParser extends CreateParser {

    AlterParser(Tokens tokens) {
        super(tokens);
    }

    /** SET … / RESET … as used by ALTER DATABASE / ROLE. */
    abstract Statement setOrReset();

    /** ALTER DEFAULT PRIVILEGES. */
    abstract Statement alterDefaultPrivileges(int loc);

    final Statement alter() {
        int loc = loc();
        expectKw("alter");
        if (isKw("table") || isKw("index") || isKw("sequence") || isKw("view")) {
            ObjectKind kind = ObjectKind.valueOf(value().toUpperCase(java.util.Locale.ROOT));
            p++;
            return alterRelation(kind, loc);
        }
        if (acceptKw("database")) {
            return alterDatabase(loc);
        }
        if (acceptKw("schema")) {
            QualifiedName name = new QualifiedName(colId(), loc());
            if (acceptKw("rename")) {
                expectKw("to");
                return new RenameStmt(ObjectKind.SCHEMA, ObjectKind.SCHEMA, name, null, colId(), false, loc);
            }
            expectKw("owner");
            expectKw("to");
            return new AlterOwnerStmt(ObjectKind.SCHEMA, name, roleSpec(), loc);
        }
        if (isKw("role") || isKw("user") || isKw("group")) {
            if (isKw("user") && isKw(1, "mapping")) {
                return unsupported("ALTER USER MAPPING", loc);
            }
            boolean group = isKw("group");
            p++;
            return alterRole(loc, group);
        }
        if (isKw("default") && isKw(1, "privileges")) {
            p += 2;
            return alterDefaultPrivileges(loc);
        }
        if (!isUnsupportedObjectWord()) {
            throw syntaxError();
        }
        String what = " " + value().toUpperCase(java.util.Locale.ROOT);
        if (what.equals(" MATERIALIZED") || what.equals(" FOREIGN")) {
            what += " " + value(1).toUpperCase(java.util.Locale.ROOT);
        }
        return unsupported("ALTER" + what, loc);
    }

    final boolean ifExists() {
        if (isKw("if") && isKw(1, "exists")) {
            p += 2;
            return true;
        }
        return false;
    }

    private Statement alterRelation(ObjectKind kind, int loc) {
        if (kind == ObjectKind.INDEX && isKw("all") && isKw(1, "in")) {
            return unsupported("ALTER INDEX ALL IN TABLESPACE", loc);
        }
        boolean ifExists = ifExists();
        boolean only = kind == ObjectKind.TABLE && acceptKw("only");
        QualifiedName name = qualifiedName();
        if (!only) {
            accept(TokenKind.STAR);
        }
        if (acceptKw("rename")) {
            if (acceptKw("to")) {
                return new RenameStmt(kind, kind, name, null, colId(), ifExists, loc);
            }
            if (acceptKw("constraint")) {
                String old = colId();
                expectKw("to");
                return new RenameStmt(ObjectKind.CONSTRAINT, kind, name, old, colId(), ifExists, loc);
            }
            acceptKw("column");
            String old = colId();
            expectKw("to");
            return new RenameStmt(ObjectKind.COLUMN, kind, name, old, colId(), ifExists, loc);
        }
        if (isKw("set") && isKw(1, "schema")) {
            p += 2;
            return new AlterObjectSchemaStmt(kind, name, colId(), ifExists, loc);
        }
        if (kind == ObjectKind.SEQUENCE && !isKw("owner") && !(isKw("set") && kind(1) == TokenKind.LPAREN)
                && !isKw("reset")) {
            List<SequenceOption> options = sequenceOptions(false);
            if (options.isEmpty()) {
                throw syntaxError();
            }
            return new AlterSequenceStmt(name, ifExists, options, loc);
        }
        List<AlterTableCmd> cmds = new ArrayList<>();
        do {
            cmds.add(alterTableCmd(kind));
        } while (accept(TokenKind.COMMA));
        return new AlterTableStmt(kind, name, ifExists, only, cmds, loc);
    }

    private AlterTableCmd alterTableCmd(ObjectKind kind) {
        int loc = loc();
        if (isKw("owner") && isKw(1, "to")) {
            p += 2;
            return new OwnerTo(roleSpec());
        }
        if (isKw("set") && kind(1) == TokenKind.LPAREN) {
            p++;
            return new SetRelOptions(defList(), false);
        }
        if (isKw("reset") && kind(1) == TokenKind.LPAREN) {
            p++;
            return new SetRelOptions(defList(), true);
        }
        if (kind != ObjectKind.TABLE) {
            throw syntaxError();
        }
        if ((isKw("enable") || isKw("disable")) && (isKw(1, "trigger") || isKw(2, "trigger"))) {
            char state = acceptKw("disable") ? 'D' : 'O';
            if (state == 'O') {
                expectKw("enable");
                if (acceptKw("always")) {
                    state = 'A';
                } else if (acceptKw("replica")) {
                    state = 'R';
                }
            }
            expectKw("trigger");
            if (acceptKw("all")) {
                return new dev.olifant.sql.ast.EnableTrigger(null, state, true);
            }
            if (acceptKw("user")) {
                return new dev.olifant.sql.ast.EnableTrigger(null, state, false);
            }
            return new dev.olifant.sql.ast.EnableTrigger(colId(), state, false);
        }
        if (acceptKw("add")) {
            if (isKw("constraint") || isKw("check") || isKw("unique") || isKw("primary") || isKw("foreign")
                    || isKw("exclude")) {
                return new AddConstraint(tableConstraint());
            }
            acceptKw("column");
            boolean ifNotExists = ifNotExists();
            return new AddColumn(columnDef(), ifNotExists);
        }
        if (acceptKw("drop")) {
            if (acceptKw("constraint")) {
                boolean ifExists = ifExists();
                int nloc = loc();
                String name = colId();
                return new DropConstraint(name, ifExists, dropBehavior(), nloc);
            }
            acceptKw("column");
            boolean ifExists = ifExists();
            int nloc = loc();
            String name = colId();
            return new DropColumn(name, ifExists, dropBehavior(), nloc);
        }
        if (acceptKw("alter")) {
            acceptKw("column");
            int cloc = loc();
            String column = colId();
            return alterColumn(column, cloc);
        }
        if (isKw("validate") && isKw(1, "constraint")) {
            p += 2;
            return new dev.olifant.sql.ast.ValidateConstraint(colId(), loc);
        }
        if (isKw("attach") && isKw(1, "partition")) {
            p += 2;
            dev.olifant.sql.ast.QualifiedName part = qualifiedName();
            return new dev.olifant.sql.ast.AttachPartition(part, partitionBound());
        }
        if (isKw("detach") && isKw(1, "partition")) {
            p += 2;
            dev.olifant.sql.ast.QualifiedName part = qualifiedName();
            return new dev.olifant.sql.ast.DetachPartition(part, detachMode());
        }
        if (isKw("inherit") || isKw("no") && isKw(1, "inherit")) {
            boolean remove = isKw("no");
            p += remove ? 2 : 1;
            return new dev.olifant.sql.ast.InheritTable(qualifiedName(), remove);
        }
        if (isKw("validate") || isKw("enable") || isKw("disable") || isKw("cluster") || isKw("inherit")
                || isKw("attach") || isKw("detach") || isKw("replica") || isKw("force") || isKw("no")
                || isKw("of") || isKw("not") || isKw("set")) {
            throw notSupported("ALTER TABLE " + value().toUpperCase(java.util.Locale.ROOT) + " is not supported",
                    loc);
        }
        throw syntaxError();
    }

    private AlterTableCmd alterColumn(String column, int loc) {
        if (isKw("set") && isKw(1, "default")) {
            p += 2;
            return new AlterColumnDefault(column, aExpr(), loc);
        }
        if (isKw("drop") && isKw(1, "default")) {
            p += 2;
            return new AlterColumnDefault(column, null, loc);
        }
        if (isKw("set") && isKw(1, "not") && isKw(2, "null")) {
            p += 3;
            return new AlterColumnNotNull(column, true, loc);
        }
        if (isKw("drop") && isKw(1, "not") && isKw(2, "null")) {
            p += 3;
            return new AlterColumnNotNull(column, false, loc);
        }
        if (isKw("set") && isKw(1, "statistics")) {
            p += 2;
            return new AlterColumnStatistics(column, Integer.parseInt(signedIconst()), loc);
        }
        if (isKw("drop") && isKw(1, "identity")) {
            p += 2;
            boolean ifExists = ifExists();
            return new AlterColumnIdentity(column, IdentityAction.DROP, null, List.of(), ifExists, loc);
        }
        if (isKw("add") && isKw(1, "generated")) {
            p += 2;
            IdentityKind kind = identityKind();
            expectKw("as");
            expectKw("identity");
            List<SequenceOption> options = List.of();
            if (accept(TokenKind.LPAREN)) {
                options = sequenceOptions(true);
                expect(TokenKind.RPAREN);
            }
            return new AlterColumnIdentity(column, IdentityAction.ADD, kind, options, false, loc);
        }
        if (isKw("set") && isKw(1, "generated")) {
            p += 2;
            IdentityKind kind = identityKind();
            List<SequenceOption> options = isKw("set") || isKw("restart") ? identitySetOptions() : List.of();
            return new AlterColumnIdentity(column, IdentityAction.SET, kind, options, false, loc);
        }
        if (isKw("restart") || (isKw("set") && !isKw(1, "data"))) {
            return new AlterColumnIdentity(column, IdentityAction.SET, null, identitySetOptions(), false, loc);
        }
        if (isKw("set") && isKw(1, "data")) {
            p += 2;
        }
        expectKw("type");
        TypeName type = typeName();
        QualifiedName collation = acceptKw("collate") ? qualifiedName() : null;
        Expr using = acceptKw("using") ? aExpr() : null;
        return new AlterColumnType(column, type, collation, using, loc);
    }

    private List<SequenceOption> identitySetOptions() {
        List<SequenceOption> all = new ArrayList<>();
        while (isKw("set") || isKw("restart")) {
            acceptKw("set");
            List<SequenceOption> one = sequenceOptions(true);
            if (one.isEmpty()) {
                throw syntaxError();
            }
            all.addAll(one);
        }
        return all;
    }

    private IdentityKind identityKind() {
        if (acceptKw("always")) {
            return IdentityKind.ALWAYS;
        }
        expectKw("by");
        expectKw("default");
        return IdentityKind.BY_DEFAULT;
    }

    final DropBehavior dropBehavior() {
        if (acceptKw("cascade")) {
            return DropBehavior.CASCADE;
        }
        if (acceptKw("restrict")) {
            return DropBehavior.RESTRICT;
        }
        return DropBehavior.DEFAULT;
    }

    private Statement alterDatabase(int loc) {
        int nloc = loc();
        String name = colId();
        if (acceptKw("rename")) {
            expectKw("to");
            return new RenameStmt(ObjectKind.DATABASE, ObjectKind.DATABASE, new QualifiedName(name, nloc), null,
                    colId(), false, loc);
        }
        if (isKw("owner") && isKw(1, "to")) {
            p += 2;
            return new AlterOwnerStmt(ObjectKind.DATABASE, new QualifiedName(name, nloc), roleSpec(), loc);
        }
        if (isKw("set") || isKw("reset")) {
            if (isKw("set") && isKw(1, "tablespace")) {
                throw notSupported("tablespaces are not supported", loc());
            }
            return new AlterDatabaseSetStmt(name, setOrReset(), loc);
        }
        if (isKw("refresh")) {
            return unsupported("ALTER DATABASE REFRESH COLLATION VERSION", loc);
        }
        acceptKw("with");
        return new AlterDatabaseStmt(name, alterDatabaseOptions(), loc);
    }

    private Statement alterRole(int loc, boolean group) {
        RoleSpec role = null;
        if (!acceptKw("all")) {
            role = roleSpec();
        }
        if (group && (isKw("add") || isKw("drop"))) {
            return unsupported("ALTER GROUP", loc);
        }
        if (role != null && acceptKw("rename")) {
            expectKw("to");
            return new RenameStmt(ObjectKind.ROLE, ObjectKind.ROLE, new QualifiedName(role.name(), role.location()),
                    null, nonReservedWord(), false, loc);
        }
        String database = null;
        if (isKw("in") && isKw(1, "database")) {
            p += 2;
            database = colId();
        }
        if (isKw("set") || isKw("reset") || database != null || role == null) {
            return new AlterRoleSetStmt(role, database, setOrReset(), loc);
        }
        acceptKw("with");
        return new AlterRoleStmt(role, roleOptions(false), loc);
    }
}
