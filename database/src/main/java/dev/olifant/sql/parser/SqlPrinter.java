package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AlterDatabaseSetStmt;
import dev.olifant.sql.ast.AlterDatabaseStmt;
import dev.olifant.sql.ast.AlterDefaultPrivilegesStmt;
import dev.olifant.sql.ast.AlterObjectSchemaStmt;
import dev.olifant.sql.ast.AlterOwnerStmt;
import dev.olifant.sql.ast.AlterRoleSetStmt;
import dev.olifant.sql.ast.AlterRoleStmt;
import dev.olifant.sql.ast.AlterSequenceStmt;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.CheckpointStmt;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.CopyStmt;
import dev.olifant.sql.ast.CreateDatabaseStmt;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateRoleStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.DeallocateStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.DiscardStmt;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.ExecuteStmt;
import dev.olifant.sql.ast.ExplainStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.GrantRoleStmt;
import dev.olifant.sql.ast.GrantStmt;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.ListenStmt;
import dev.olifant.sql.ast.LockStmt;
import dev.olifant.sql.ast.NotifyStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.PrepareStmt;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.ResetStmt;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SetStmt;
import dev.olifant.sql.ast.SetTransactionStmt;
import dev.olifant.sql.ast.ShowStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TransactionStmt;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.ast.UnlistenStmt;
import dev.olifant.sql.ast.UnsupportedStmt;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import java.util.List;

/**
 * Prints syntax trees back to SQL text that parses to an equal tree (locations aside):
 * {@code Parser.parseOne(SqlPrinter.print(s))} equals {@code s} up to locations.
 * DDL details live in {@link DdlPrinter}.
 */
public final class SqlPrinter extends RoutinePrinter {

    private SqlPrinter() {
    }

    public static String print(Statement s) {
        SqlPrinter p = new SqlPrinter();
        p.statement(s);
        return p.sb.toString();
    }

    public static String print(Expr e) {
        SqlPrinter p = new SqlPrinter();
        p.expr(e);
        return p.sb.toString();
    }

    public static String print(TypeName t) {
        SqlPrinter p = new SqlPrinter();
        p.typeName(t);
        return p.sb.toString();
    }

    /** An identifier as SQL text, double-quoted when needed. */
    public static String quoteIdentifier(String ident) {
        return quoteIdent(ident);
    }

    @Override
    void statement(Statement s) {
        switch (s) {
            case SelectStmt q -> query(q);
            case InsertStmt i -> insert(i);
            case UpdateStmt u -> update(u);
            case DeleteStmt d -> delete(d);
            case dev.olifant.sql.ast.MergeStmt m -> merge(m);
            case CreateTableStmt c -> createTable(c);
            case CreateTableAsStmt c -> createTableAs(c);
            case DropStmt d -> drop(d);
            case AlterTableStmt a -> alterTable(a);
            case RenameStmt r -> rename(r);
            case AlterObjectSchemaStmt a -> {
                w("ALTER ").w(a.kind().name()).w(a.ifExists() ? " IF EXISTS " : " ");
                name(a.name());
                w(" SET SCHEMA ");
                ident(a.newSchema());
            }
            case AlterOwnerStmt a -> {
                w("ALTER ").w(a.kind().name()).w(" ");
                name(a.name());
                w(" OWNER TO ");
                roleSpec(a.owner());
            }
            case CreateIndexStmt c -> createIndex(c);
            case CreateSchemaStmt c -> createSchema(c);
            case CreateDatabaseStmt c -> {
                w("CREATE DATABASE ");
                ident(c.name());
                databaseOptions(c.options());
            }
            case AlterDatabaseStmt a -> {
                w("ALTER DATABASE ");
                ident(a.name());
                w(" WITH");
                databaseOptions(a.options());
            }
            case AlterDatabaseSetStmt a -> {
                w("ALTER DATABASE ");
                ident(a.name());
                w(" ");
                statement(a.setting());
            }
            case CreateSequenceStmt c -> {
                w("CREATE ").w(persistence(c.persistence())).w("SEQUENCE ").w(c.ifNotExists() ? "IF NOT EXISTS " : "");
                name(c.name());
                sequenceOptions(c.options(), " ");
            }
            case AlterSequenceStmt a -> {
                w("ALTER SEQUENCE ").w(a.ifExists() ? "IF EXISTS " : "");
                name(a.name());
                sequenceOptions(a.options(), " ");
            }
            case CreateViewStmt c -> createView(c);
            case CreateRoleStmt c -> {
                w("CREATE ").w(c.kind().name()).w(" ");
                ident(c.name());
                roleOptions(c.options());
            }
            case AlterRoleStmt a -> {
                w("ALTER ROLE ");
                roleSpec(a.role());
                roleOptions(a.options());
            }
            case AlterRoleSetStmt a -> {
                w("ALTER ROLE ");
                if (a.role() == null) {
                    w("ALL");
                } else {
                    roleSpec(a.role());
                }
                if (a.database() != null) {
                    w(" IN DATABASE ");
                    ident(a.database());
                }
                w(" ");
                statement(a.setting());
            }
            case GrantStmt g -> grant(g);
            case GrantRoleStmt g -> grantRole(g);
            case AlterDefaultPrivilegesStmt a -> alterDefaultPrivileges(a);
            case CommentStmt c -> comment(c);
            case TruncateStmt tr -> {
                w("TRUNCATE TABLE ");
                for (int i = 0; i < tr.tables().size(); i++) {
                    w(i > 0 ? ", " : "");
                    tableRef(tr.tables().get(i));
                }
                w(tr.restartIdentity() ? " RESTART IDENTITY" : "");
                behavior(tr.behavior());
            }
            case UnsupportedStmt u -> w(u.description());
            case dev.olifant.sql.ast.CreateFunctionStmt c -> createFunction(c);
            case dev.olifant.sql.ast.DropRoutineStmt d -> dropRoutine(d);
            case dev.olifant.sql.ast.CreateTriggerStmt c -> createTrigger(c);
            case dev.olifant.sql.ast.DropTriggerStmt d -> {
                w("DROP TRIGGER ").w(d.ifExists() ? "IF EXISTS " : "");
                ident(d.name());
                w(" ON ");
                name(d.table());
                behavior(d.behavior());
            }
            case dev.olifant.sql.ast.DoStmt d -> {
                w("DO LANGUAGE ").w(d.language()).w(" ");
                string(d.body());
            }
            case SetStmt st -> set(st);
            case ResetStmt r -> {
                w("RESET ");
                if (r.name() == null) {
                    w("ALL");
                } else {
                    varName(r.name());
                }
            }
            case ShowStmt sh -> {
                w("SHOW ");
                if (sh.name().equals("all")) {
                    w("ALL");
                } else {
                    varName(sh.name());
                }
            }
            case TransactionStmt tx -> transaction(tx);
            case SetTransactionStmt st -> {
                if (st.snapshot() != null) {
                    w("SET TRANSACTION SNAPSHOT ");
                    string(st.snapshot());
                } else {
                    w(st.sessionCharacteristics() ? "SET SESSION CHARACTERISTICS AS TRANSACTION" : "SET TRANSACTION");
                    modes(st.modes());
                }
            }
            case dev.olifant.sql.ast.SetConstraintsStmt sc -> {
                w("SET CONSTRAINTS ");
                if (sc.names().isEmpty()) {
                    w("ALL");
                }
                for (int i = 0; i < sc.names().size(); i++) {
                    w(i > 0 ? ", " : "");
                    name(sc.names().get(i));
                }
                w(sc.deferred() ? " DEFERRED" : " IMMEDIATE");
            }
            case LockStmt l -> {
                w("LOCK TABLE ");
                for (int i = 0; i < l.tables().size(); i++) {
                    w(i > 0 ? ", " : "");
                    tableRef(l.tables().get(i));
                }
                w(" IN ").w(l.mode().name().replace('_', ' ')).w(" MODE");
                w(l.nowait() ? " NOWAIT" : "");
            }
            case ExplainStmt e -> {
                w("EXPLAIN ");
                if (!e.options().isEmpty()) {
                    genericOptions(e.options());
                    w(" ");
                }
                statement(e.statement());
            }
            case CopyStmt c -> copy(c);
            case VacuumStmt v -> {
                w(v.vacuum() ? "VACUUM" : "ANALYZE");
                if (!v.options().isEmpty()) {
                    w(" ");
                    genericOptions(v.options());
                }
                for (int i = 0; i < v.relations().size(); i++) {
                    w(i > 0 ? ", " : " ");
                    VacuumRelation r = v.relations().get(i);
                    name(r.table());
                    if (!r.columns().isEmpty()) {
                        w("(");
                        identList(r.columns());
                        w(")");
                    }
                }
            }
            case CheckpointStmt c -> w("CHECKPOINT");
            case dev.olifant.sql.ast.ReindexStmt r -> {
                w("REINDEX ");
                if (!r.options().isEmpty()) {
                    w("(");
                    for (int i = 0; i < r.options().size(); i++) {
                        w((i > 0 ? ", " : "") + r.options().get(i).name().toUpperCase(java.util.Locale.ROOT));
                    }
                    w(") ");
                }
                w(r.kind().name());
                w(r.concurrently() ? " CONCURRENTLY " : " ");
                name(r.name());
            }
            case PrepareStmt pr -> {
                w("PREPARE ");
                ident(pr.name());
                if (!pr.argTypes().isEmpty()) {
                    w(" (");
                    typeList(pr.argTypes());
                    w(")");
                }
                w(" AS ");
                statement(pr.statement());
            }
            case ExecuteStmt ex -> {
                w("EXECUTE ");
                ident(ex.name());
                if (!ex.params().isEmpty()) {
                    w("(");
                    exprs(ex.params());
                    w(")");
                }
            }
            case dev.olifant.sql.ast.DeclareCursorStmt d -> declareCursor(d);
            case dev.olifant.sql.ast.FetchStmt f -> fetch(f);
            case dev.olifant.sql.ast.ClosePortalStmt c -> {
                w("CLOSE ");
                if (c.cursorName() == null) {
                    w("ALL");
                } else {
                    ident(c.cursorName());
                }
            }
            case DeallocateStmt d -> {
                w("DEALLOCATE ");
                if (d.name() == null) {
                    w("ALL");
                } else {
                    ident(d.name());
                }
            }
            case DiscardStmt d -> w("DISCARD ").w(d.target().name());
            case ListenStmt l -> {
                w("LISTEN ");
                ident(l.channel());
            }
            case UnlistenStmt u -> {
                w("UNLISTEN ");
                if (u.channel() == null) {
                    w("*");
                } else {
                    ident(u.channel());
                }
            }
            case NotifyStmt n -> {
                w("NOTIFY ");
                ident(n.channel());
                if (n.payload() != null) {
                    w(", ");
                    string(n.payload());
                }
            }
            case dev.olifant.sql.ast.ClusterStmt c -> {
                w(c.verbose() ? "CLUSTER VERBOSE" : "CLUSTER");
                if (c.table() != null) {
                    w(" ");
                    name(c.table());
                    if (c.index() != null) {
                        w(" USING ");
                        ident(c.index());
                    }
                }
            }
        }
    }

    static String persistence(Persistence p) {
        return switch (p) {
            case PERMANENT -> "";
            case TEMPORARY -> "TEMPORARY ";
            case UNLOGGED -> "UNLOGGED ";
        };
    }

    private void varName(String name) {
        String[] parts = name.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            w(i > 0 ? "." : "");
            ident(parts[i]);
        }
    }

    private void set(SetStmt st) {
        w(st.local() ? "SET LOCAL " : "SET ");
        if (st.name().equals("timezone") && st.values().size() == 1) {
            w("TIME ZONE ");
            Expr v = st.values().get(0);
            if (v instanceof dev.olifant.sql.ast.NumericLiteral n) {
                w(n.text());
            } else {
                expr(v);
            }
            return;
        }
        varName(st.name());
        switch (st.kind()) {
            case DEFAULT -> w(" TO DEFAULT");
            case FROM_CURRENT -> w(" FROM CURRENT");
            case VALUE -> {
                w(" TO ");
                for (int i = 0; i < st.values().size(); i++) {
                    w(i > 0 ? ", " : "");
                    Expr v = st.values().get(i);
                    if (v instanceof dev.olifant.sql.ast.NumericLiteral n) {
                        w(n.text());
                    } else {
                        expr(v);
                    }
                }
            }
        }
    }

    private void transaction(TransactionStmt tx) {
        switch (tx.kind()) {
            case BEGIN -> {
                w("BEGIN");
                modes(tx.modes());
            }
            case START -> {
                w("START TRANSACTION");
                modes(tx.modes());
            }
            case COMMIT -> w(tx.chain() ? "COMMIT AND CHAIN" : "COMMIT");
            case ROLLBACK -> w(tx.chain() ? "ROLLBACK AND CHAIN" : "ROLLBACK");
            case SAVEPOINT -> {
                w("SAVEPOINT ");
                ident(tx.savepoint());
            }
            case RELEASE -> {
                w("RELEASE SAVEPOINT ");
                ident(tx.savepoint());
            }
            case ROLLBACK_TO -> {
                w("ROLLBACK TO SAVEPOINT ");
                ident(tx.savepoint());
            }
            case PREPARE -> {
                w("PREPARE TRANSACTION ");
                string(tx.savepoint());
            }
            case COMMIT_PREPARED -> {
                w("COMMIT PREPARED ");
                string(tx.savepoint());
            }
            case ROLLBACK_PREPARED -> {
                w("ROLLBACK PREPARED ");
                string(tx.savepoint());
            }
        }
    }

    private void modes(List<dev.olifant.sql.ast.TransactionMode> modes) {
        for (int i = 0; i < modes.size(); i++) {
            w(i > 0 ? ", " : " ");
            var m = modes.get(i);
            switch (m.kind()) {
                case ISOLATION_LEVEL -> w("ISOLATION LEVEL ").w(m.isolationLevel().name().replace('_', ' '));
                case READ_ONLY -> w("READ ONLY");
                case READ_WRITE -> w("READ WRITE");
                case DEFERRABLE -> w("DEFERRABLE");
                case NOT_DEFERRABLE -> w("NOT DEFERRABLE");
            }
        }
    }

    private void copy(CopyStmt c) {
        w("COPY ");
        if (c.query() != null) {
            w("(");
            query(c.query());
            w(")");
        } else {
            name(c.table());
            if (!c.columns().isEmpty()) {
                w(" (");
                identList(c.columns());
                w(")");
            }
        }
        w(c.from() ? " FROM " : " TO ");
        if (c.program()) {
            w("PROGRAM ");
        }
        if (c.filename() == null) {
            w(c.from() ? "STDIN" : "STDOUT");
        } else {
            string(c.filename());
        }
        if (!c.options().isEmpty()) {
            w(" WITH ");
            genericOptions(c.options());
        }
        if (c.where() != null) {
            w(" WHERE ");
            expr(c.where());
        }
    }

    /** {@code (name value, …)} as EXPLAIN / COPY / VACUUM write them. */
    final void genericOptions(List<DefElem> options) {
        w("(");
        for (int i = 0; i < options.size(); i++) {
            w(i > 0 ? ", " : "");
            DefElem d = options.get(i);
            label(d.name());
            if (d.kind() != dev.olifant.sql.ast.DefElemKind.NONE) {
                w(" ");
                defValue(d);
            }
        }
        w(")");
    }
    private void declareCursor(dev.olifant.sql.ast.DeclareCursorStmt d) {
        w("DECLARE ");
        ident(d.name());
        w(d.binary() ? " BINARY" : "").w(d.asensitive() ? " ASENSITIVE" : "").w(d.insensitive() ? " INSENSITIVE" : "");
        w(d.scroll() ? " SCROLL" : "").w(d.noScroll() ? " NO SCROLL" : "");
        w(" CURSOR").w(d.hold() ? " WITH HOLD" : "").w(" FOR ");
        query(d.query());
    }

    private void fetch(dev.olifant.sql.ast.FetchStmt f) {
        w(f.move() ? "MOVE " : "FETCH ").w(f.direction().name()).w(" ");
        w(f.count() == dev.olifant.sql.ast.FetchStmt.ALL ? "ALL" : Long.toString(f.count()));
        w(" FROM ");
        ident(f.cursorName());
    }
}
