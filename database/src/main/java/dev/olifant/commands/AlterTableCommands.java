package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Expressions;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AddColumn;
import dev.olifant.sql.ast.AddConstraint;
import dev.olifant.sql.ast.AlterColumnDefault;
import dev.olifant.sql.ast.AlterColumnNotNull;
import dev.olifant.sql.ast.AlterColumnStatistics;
import dev.olifant.sql.ast.AlterTableCmd;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.DropColumn;
import dev.olifant.sql.ast.DropConstraint;
import dev.olifant.sql.ast.OwnerTo;
import dev.olifant.sql.ast.SetRelOptions;
import dev.olifant.sql.parser.SqlPrinter;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * ALTER TABLE actions. Each action validates the rows the table already has where PostgreSQL
 * would (NOT NULL, CHECK, unique keys), and a new column's constant default becomes the value
 * rows stored before it read (attmissingval), so no row is rewritten.
 */
final class AlterTableCommands {
    private AlterTableCommands() {
    }

    static String alter(AlterTableStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        Relation r = Names.findRelation(ctx.analysis(), s.name());
        if (r == null) {
            if (s.ifExists()) {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + s.name().last()
                        + "\" does not exist, skipping"));
                return "ALTER TABLE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + s.name().last() + "\" does not exist");
        }
        if (!(r instanceof Table table)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a table");
        }
        Namespace ns = cat.namespace(table.namespaceOid());
        TableDefinition def = new TableDefinition(ctx, cat, ns, table);
        for (AlterTableCmd cmd : s.commands()) {
            apply(cmd, def, ctx);
        }
        TableCommands.publish(def, ctx);
        return "ALTER TABLE";
    }

    private static void apply(AlterTableCmd cmd, TableDefinition def, CommandContext ctx) {
        Table t = def.table;
        switch (cmd) {
            case AddColumn a -> addColumn(a, def, ctx);
            case DropColumn d -> dropColumn(d, def, ctx);
            case AddConstraint a -> addConstraint(a, def, ctx);
            case DropConstraint d -> dropConstraint(d, def, ctx);
            case AlterColumnDefault d -> {
                Column c = column(t, d.column());
                if (d.defaultValue() == null) {
                    def.replaceColumn(c.withDefault(null));
                } else {
                    ExpressionAnalysis.defaultFor(ctx.analysisFor().apply(def.catalog), c, d.defaultValue());
                    def.replaceColumn(c.withDefault(SqlPrinter.print(d.defaultValue())));
                }
            }
            case AlterColumnNotNull n -> {
                Column c = column(t, n.column());
                if (n.set()) {
                    if (!c.notNull() && anyRow(t, ctx.exec(), v -> v[c.attnum() - 1] == null)) {
                        throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + c.name() + "\" of relation \""
                                + t.name() + "\" contains null values");
                    }
                    def.replaceColumn(c.withNotNull(true));
                } else {
                    Constraint pk = t.primaryKey();
                    if (pk != null && pk.columns().contains(c.attnum())) {
                        throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + c.name()
                                + "\" is in a primary key");
                    }
                    if (c.identity() != dev.olifant.catalog.Identity.NONE) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "column \"" + c.name() + "\" of relation \""
                                + t.name() + "\" is an identity column");
                    }
                    def.replaceColumn(c.withNotNull(false));
                }
            }
            case OwnerTo o -> def.table = def.table.withOwner(ctx.cluster().requireRole(o.owner().name()).oid());
            case SetRelOptions o -> {
            }
            case AlterColumnStatistics st -> column(t, st.column());
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER TABLE "
                    + cmd.getClass().getSimpleName() + " is not supported yet");
        }
    }

    static Column column(Table t, String name) {
        Column c = t.column(name);
        if (c == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        return c;
    }

    /** True when some version visible to the statement satisfies {@code test} (values in attnum order). */
    static boolean anyRow(Table t, ExecContext ctx, Predicate<Object[]> test) {
        Heap heap = t.storage().heap();
        long end = heap.size();
        for (long tid = 0; tid < end; tid++) {
            TupleVersion v = heap.fetch(tid);
            if (v != null && ctx.isVisible(v) && test.test(TableSlots.row(t, v, tid, 0, t.columns().size() + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void addColumn(AddColumn a, TableDefinition def, CommandContext ctx) {
        Table before = def.table;
        if (before.column(a.column().name()) != null) {
            if (a.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_COLUMN, "column \"" + a.column().name() + "\" of relation \""
                        + before.name() + "\" already exists, skipping"));
                return;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + a.column().name() + "\" of relation \""
                    + before.name() + "\" already exists");
        }
        def.addColumn(a.column());
        Column c = def.table.column(def.table.columns().size());
        boolean hasRows = anyRow(before, ctx.exec(), v -> true);
        if (!hasRows) {
            return;
        }
        Object missing = null;
        if (c.identity() != dev.olifant.catalog.Identity.NONE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "adding an identity column to a table with rows is not supported yet");
        }
        if (c.defaultExpr() != null) {
            Expression e = ExpressionAnalysis.defaultFor(ctx.analysisFor().apply(def.catalog), c,
                    dev.olifant.sql.parser.Parser.parseExpression(c.defaultExpr()));
            if (!Expressions.isRowIndependent(e) || c.defaultExpr().contains("nextval(")
                    || c.defaultExpr().contains("random(")) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "adding a column with a volatile default to a table with rows is not supported yet");
            }
            missing = e.eval(null, ctx.exec());
        }
        if (missing == null && c.notNull()) {
            throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + c.name() + "\" of relation \""
                    + def.table.name() + "\" contains null values");
        }
        def.replaceColumn(new Column(c.name(), c.attnum(), c.type(), c.typmod(), c.notNull(), c.defaultExpr(), missing,
                c.identity(), c.sequenceOid(), false));
        validateChecks(def, ctx);
    }

    private static void addConstraint(AddConstraint a, TableDefinition def, CommandContext ctx) {
        var c = a.constraint();
        if (c.type() == dev.olifant.sql.ast.ConstraintType.PRIMARY_KEY) {
            for (String n : c.columns()) {
                Column col = column(def.table, n);
                if (!col.notNull() && anyRow(def.table, ctx.exec(), v -> v[col.attnum() - 1] == null)) {
                    throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + col.name() + "\" of relation \""
                            + def.table.name() + "\" contains null values");
                }
            }
        }
        def.addConstraint(c, List.of());
        validateChecks(def, ctx);
    }

    private static void validateChecks(TableDefinition def, CommandContext ctx) {
        for (Constraint con : def.newChecks) {
            Expression check = ExpressionAnalysis.checkOver(ctx.analysisFor().apply(def.catalog), def.table,
                    dev.olifant.sql.parser.Parser.parseExpression(con.checkExpr()));
            if (anyRow(def.table, ctx.exec(), row -> Boolean.FALSE.equals(check.eval(row, ctx.exec())))) {
                throw new PgException(SqlState.CHECK_VIOLATION, "check constraint \"" + con.name() + "\" of relation \""
                        + def.table.name() + "\" is violated by some row");
            }
        }
        def.newChecks.clear();
    }

    private static void dropColumn(DropColumn d, TableDefinition def, CommandContext ctx) {
        Table t = def.table;
        Column c = t.column(d.name());
        if (c == null) {
            if (d.ifExists()) {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "column \"" + d.name() + "\" of relation \""
                        + t.name() + "\" does not exist, skipping"));
                return;
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + d.name() + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        List<Constraint> cons = new ArrayList<>();
        List<Long> indexOids = new ArrayList<>(t.indexOids());
        for (Constraint con : t.constraints()) {
            boolean uses = con.columns().contains(c.attnum())
                    || con.kind() == ConstraintKind.CHECK && con.checkExpr().contains(c.name());
            if (!uses) {
                cons.add(con);
            }
        }
        for (long oid : t.indexOids()) {
            if (def.catalog.relation(oid) instanceof Index idx && idx.keyColumns().contains(c.attnum())) {
                indexOids.remove(oid);
                def.catalog = def.catalog.withoutRelation(oid);
            }
        }
        def.table = t.withConstraints(cons).withIndexOids(indexOids);
        def.replaceColumn(c.asDropped());
    }

    private static void dropConstraint(DropConstraint d, TableDefinition def, CommandContext ctx) {
        Table t = def.table;
        Constraint found = null;
        for (Constraint c : t.constraints()) {
            if (c.name().equals(d.name())) {
                found = c;
            }
        }
        if (found == null) {
            if (d.ifExists()) {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "constraint \"" + d.name() + "\" of relation \""
                        + t.name() + "\" does not exist, skipping"));
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + d.name() + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        List<Constraint> cons = new ArrayList<>(t.constraints());
        cons.remove(found);
        List<Long> indexOids = new ArrayList<>(t.indexOids());
        if (found.indexOid() != 0) {
            indexOids.remove(found.indexOid());
            def.catalog = def.catalog.withoutRelation(found.indexOid());
        }
        def.table = t.withConstraints(cons).withIndexOids(indexOids);
    }
}
