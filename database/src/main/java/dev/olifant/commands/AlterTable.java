package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AddColumn;
import dev.olifant.sql.ast.AddConstraint;
import dev.olifant.sql.ast.AlterColumnDefault;
import dev.olifant.sql.ast.AlterColumnNotNull;
import dev.olifant.sql.ast.AlterTableCmd;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.DropColumn;
import dev.olifant.sql.ast.DropConstraint;
import dev.olifant.sql.ast.ObjectKind;
import java.util.ArrayList;
import java.util.List;

/** ALTER TABLE: columns, defaults, NOT NULL and constraints. */
final class AlterTable {
    private AlterTable() {
    }

    static String execute(AlterTableStmt s, String sql, CommandContext ctx) {
        String tag = "ALTER " + s.kind().name();
        if (s.ifExists() && Names.findRelation(ctx.analysis(), s.name()) == null) {
            ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION,
                    "relation \"" + s.name() + "\" does not exist, skipping"));
            return tag;
        }
        dev.olifant.catalog.Relation target = Names.utilityRelation(ctx.analysis(), s.name());
        Ownership.checkRelation(ctx, target);
        if (s.commands().stream().allMatch(c -> c instanceof dev.olifant.sql.ast.OwnerTo)) {
            dev.olifant.catalog.Relation r = target;
            for (AlterTableCmd c : s.commands()) {
                Owners.relationOwner(ctx, ctx.catalog().relation(r.oid()), ((dev.olifant.sql.ast.OwnerTo) c).owner());
            }
            return tag;
        }
        if (s.kind() != ObjectKind.TABLE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER " + s.kind() + " is not supported yet");
        }
        long oid = Names.utilityTable(ctx.analysis(), s.name()).oid();
        PartitionDetach.refusePending((Table) ctx.catalog().relation(oid));
        if (!s.only() && s.commands().stream().anyMatch(AlterTable::recurses)) {
            Ownership.checkDescendants(ctx, (Table) ctx.catalog().relation(oid));
        }
        for (AlterTableCmd cmd : s.commands()) {
            Table t = (Table) ctx.catalog().relation(oid);
            apply(ctx, sql, t, cmd, s.only());
        }
        return tag;
    }

    private static void apply(CommandContext ctx, String sql, Table t, AlterTableCmd cmd, boolean only) {
        switch (cmd) {
            case AddColumn a -> addColumn(ctx, sql, t, a);
            case DropColumn d -> dropColumn(ctx, t, d);
            case AddConstraint a -> TableConstraints.add(ctx, sql, t, a.constraint(), null);
            case DropConstraint d -> dropConstraint(ctx, t, d);
            case dev.olifant.sql.ast.ValidateConstraint v -> ForeignKeyDefs.validate(ctx, t, v.name());
            case dev.olifant.sql.ast.EnableTrigger e -> Triggers.enable(ctx, t, e, !only);
            case AlterColumnDefault d -> {
                Column c = column(t, d.column());
                String text = null;
                if (d.defaultValue() != null) {
                    text = SourceText.defaultExpr(sql, lastDefault(sql, d.location()));
                    ExpressionAnalysis.defaultFor(ctx.analysis(), c, d.defaultValue());
                }
                replace(ctx, t, c.withDefault(text));
            }
            case dev.olifant.sql.ast.OwnerTo o -> Owners.relationOwner(ctx, t, o.owner());
            case dev.olifant.sql.ast.SetRelOptions o -> {
            }
            case dev.olifant.sql.ast.AttachPartition a -> PartitionAttach.attach(ctx, sql, t, a);
            case dev.olifant.sql.ast.DetachPartition d -> PartitionDetach.detach(ctx, t, d);
            case dev.olifant.sql.ast.InheritTable i -> Inheritance.alter(ctx, t, i);
            case dev.olifant.sql.ast.AlterColumnType a -> AlterColumnTypes.alter(ctx, t, a);
            case AlterColumnNotNull n -> {
                Column c = column(t, n.column());
                if (n.set() && !c.notNull()) {
                    TableConstraints.validateNotNull(ctx, t, c);
                }
                if (!n.set() && t.primaryKey() != null && t.primaryKey().columns().contains(c.attnum())) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + c.name()
                            + "\" is in a primary key");
                }
                replace(ctx, t, c.withNotNull(n.set()));
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER TABLE "
                    + cmd.getClass().getSimpleName() + " is not supported yet");
        }
    }

    /** Whether PostgreSQL applies the sub-command to the tables below too (and so checks their owners). */
    private static boolean recurses(AlterTableCmd cmd) {
        return switch (cmd) {
            case AddColumn a -> true;
            case DropColumn d -> true;
            case AlterColumnDefault d -> true;
            case AlterColumnNotNull n -> true;
            case dev.olifant.sql.ast.AlterColumnType a -> true;
            case DropConstraint d -> true;
            case AddConstraint a -> a.constraint().type() == dev.olifant.sql.ast.ConstraintType.CHECK;
            default -> false;
        };
    }

    /** The offset of the DEFAULT keyword of SET DEFAULT, searching forward from the command's location. */
    private static int lastDefault(String sql, int from) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bdefault\\b").matcher(sql);
        return m.find(from) ? m.start() : from;
    }

    private static Column column(Table t, String name) {
        Column c = t.column(name);
        if (c == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        return c;
    }

    private static void replace(CommandContext ctx, Table t, Column c) {
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(c.attnum() - 1, c);
        Table result = t.withColumns(cols);
        ctx.change(k -> k.withRelation(result));
    }

    private static void addColumn(CommandContext ctx, String sql, Table t, AddColumn a) {
        if (t.column(a.column().name()) != null) {
            if (a.ifNotExists()) {
                ctx.notice(CreateTable.notice(SqlState.DUPLICATE_COLUMN, "column \"" + a.column().name()
                        + "\" of relation \"" + t.name() + "\" already exists, skipping"));
                return;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + a.column().name() + "\" of relation \""
                    + t.name() + "\" already exists");
        }
        List<dev.olifant.sql.ast.Constraint> deferred = new ArrayList<>();
        List<String> deferredColumn = new ArrayList<>();
        Table nt = CreateTable.addColumn(ctx, sql, t, a.column(), deferred, deferredColumn);
        Column c = nt.column(nt.columns().size());
        Object missing = null;
        if (c.sequenceOid() != 0 && hasRows(ctx, t)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "adding a serial or identity column to a table with rows is not supported yet");
        }
        if (c.defaultExpr() != null && c.sequenceOid() == 0) {
            dev.olifant.sql.ast.Constraint dc = a.column().constraints().stream()
                    .filter(k -> k.type() == dev.olifant.sql.ast.ConstraintType.DEFAULT).findFirst().orElseThrow();
            Expression e = ExpressionAnalysis.defaultFor(ctx.analysis(), c, dc.expr());
            if (hasRows(ctx, t)) {
                String lower = c.defaultExpr().toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("nextval") || lower.contains("random") || lower.contains("gen_random")) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "adding a column with a volatile default to a table with rows is not supported yet");
                }
            }
            missing = e.eval(null, ctx.exec());
        }
        if (c.notNull() && missing == null && hasRows(ctx, t)) {
            throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + c.name() + "\" of relation \""
                    + t.name() + "\" contains null values");
        }
        Column withMissing = new Column(c.name(), c.attnum(), c.type(), c.typmod(), c.notNull(), c.defaultExpr(),
                missing, c.identity(), c.sequenceOid(), false);
        List<Column> cols = new ArrayList<>(nt.columns());
        cols.set(c.attnum() - 1, withMissing);
        Table result = nt.withColumns(cols);
        ctx.change(k -> k.withRelation(result));
        Table cur = result;
        for (int i = 0; i < deferred.size(); i++) {
            cur = TableConstraints.add(ctx, sql, cur, deferred.get(i), deferredColumn.get(i));
        }
    }

    private static boolean hasRows(CommandContext ctx, Table t) {
        boolean[] any = {false};
        TableConstraints.forEachVisibleRow(ctx, t, v -> any[0] = true);
        return any[0];
    }

    private static void dropColumn(CommandContext ctx, Table table, DropColumn d) {
        Table t = table;
        Column c = t.column(d.name());
        if (c == null) {
            if (d.ifExists()) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "column \"" + d.name()
                        + "\" of relation \"" + t.name() + "\" does not exist, skipping"));
                return;
            }
            column(t, d.name());
        }
        t = dropReferencingColumn(ctx, t, c, d.behavior());
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(c.attnum() - 1, c.asDropped());
        List<Constraint> cons = new ArrayList<>();
        List<Long> dropIdx = new ArrayList<>();
        for (Constraint k : t.constraints()) {
            if (k.columns().contains(c.attnum())) {
                if (k.indexOid() != 0) {
                    dropIdx.add(k.indexOid());
                }
            } else {
                cons.add(k);
            }
        }
        for (long io : t.indexOids()) {
            if (ctx.catalog().relation(io) instanceof dev.olifant.catalog.Index ix
                    && (ix.keyColumns().contains(c.attnum()) || IndexExpressionDefs.reads(ctx, t, ix, c.attnum()))
                    && !dropIdx.contains(io)) {
                dropIdx.add(io);
            }
        }
        List<Long> idx = new ArrayList<>(t.indexOids());
        idx.removeAll(dropIdx);
        Table result = t.withColumns(cols).withConstraints(cons).withIndexOids(idx);
        long seq = c.sequenceOid();
        ctx.change(k -> {
            var out = k.withRelation(result);
            for (long io : dropIdx) {
                out = out.withoutRelation(io);
            }
            if (seq != 0 && out.relation(seq) instanceof dev.olifant.catalog.Sequence sq
                    && sq.ownedByTable() == result.oid()) {
                out = out.withoutRelation(seq);
            }
            return out.withComment(new dev.olifant.catalog.Catalog.CommentKey(result.oid(),
                    dev.olifant.catalog.Oids.PG_CLASS, c.attnum()), null);
        });
    }

    /** Foreign keys referencing a column being dropped: 2BP01, or dropped themselves with CASCADE. */
    private static Table dropReferencingColumn(CommandContext ctx, Table t, Column c,
            dev.olifant.sql.ast.DropBehavior behavior) {
        var cat = ctx.catalog();
        List<ForeignKeyDeps.Dependent> users = ForeignKeyDeps.referencing(cat, t.oid(), java.util.Set.of(),
                k -> k.foreignKey().referencedColumns().contains(c.attnum()));
        users.removeIf(u -> u.table().oid() == t.oid() && u.constraint().columns().contains(c.attnum()));
        ForeignKeyDeps.checkOrNotice(ctx, users, behavior, "column " + c.name() + " of table " + t.name(),
                "column " + c.name() + " of table " + t.name());
        if (users.isEmpty()) {
            return t;
        }
        ctx.change(k -> ForeignKeyDeps.drop(k, users));
        return (Table) ctx.catalog().relation(t.oid());
    }

    private static void dropConstraint(CommandContext ctx, Table table, DropConstraint d) {
        Table t = table;
        Constraint found = null;
        for (Constraint k : t.constraints()) {
            if (k.name().equals(d.name())) {
                found = k;
            }
        }
        if (found == null) {
            if (d.ifExists()) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "constraint \"" + d.name()
                        + "\" of relation \"" + t.name() + "\" does not exist, skipping"));
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + d.name() + "\" of relation \""
                    + t.name() + "\" does not exist");
        }
        Constraint k0 = found;
        if (k0.indexOid() != 0) {
            var cat = ctx.catalog();
            List<ForeignKeyDeps.Dependent> users = ForeignKeyDeps.referencing(cat, t.oid(), java.util.Set.of(),
                    c -> c.oid() != k0.oid() && ForeignKeyDeps.usesIndex(cat, c, k0.indexOid()));
            ForeignKeyDeps.checkOrNotice(ctx, users, d.behavior(), "constraint " + k0.name() + " on table "
                    + t.name(), "index " + k0.name());
            if (!users.isEmpty()) {
                ctx.change(k -> ForeignKeyDeps.drop(k, users));
                t = (Table) ctx.catalog().relation(t.oid());
            }
        }
        List<Constraint> cons = new ArrayList<>(t.constraints());
        cons.remove(k0);
        List<Long> idx = new ArrayList<>(t.indexOids());
        idx.remove(k0.indexOid());
        Table result = t.withConstraints(cons).withIndexOids(idx);
        ctx.change(k -> {
            var out = k.withRelation(result);
            return k0.indexOid() != 0 ? out.withoutRelation(k0.indexOid()) : out;
        });
    }
}
