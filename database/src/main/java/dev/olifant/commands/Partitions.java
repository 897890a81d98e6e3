package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionKey;
import dev.olifant.catalog.PartitionStrategy;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.PartitionSpec;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.storage.TableStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Declarative partitioning's DDL: the partition key of CREATE TABLE ... PARTITION BY, CREATE TABLE
 * ... PARTITION OF, and what a partition inherits from its parent: columns, NOT NULL, defaults,
 * CHECK constraints and the parent's indexes (unique ones with their constraints), so that an
 * index or key declared on the partitioned table exists on every partition.
 */
final class Partitions {
    private Partitions() {
    }

    /** Records the partition key of a table CREATE TABLE just made. */
    static Table setKey(CommandContext ctx, Table t, PartitionSpec spec) {
        PartitionStrategy strategy = PartitionStrategy.valueOf(spec.strategy().toUpperCase(java.util.Locale.ROOT));
        if (strategy == PartitionStrategy.LIST && spec.columns().size() > 1) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "cannot use \"list\" partition strategy with more than one column");
        }
        if (strategy == PartitionStrategy.HASH) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "hash partitioning is not supported yet");
        }
        List<Integer> attnums = new ArrayList<>();
        for (int i = 0; i < spec.columns().size(); i++) {
            String name = spec.columns().get(i);
            Column c = t.column(name);
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name
                        + "\" named in partition key does not exist").withPosition(spec.columnLocations().get(i) + 1);
            }
            attnums.add(c.attnum());
        }
        Partitioning p = t.partitioning() == null ? new Partitioning(null, 0, null, false) : t.partitioning();
        Table result = t.withPartitioning(p.withKey(new PartitionKey(strategy, attnums)));
        ctx.change(k -> k.withRelation(result));
        return result;
    }

    /**
     * CREATE TABLE name PARTITION OF parent bound: a table with the parent's columns, attached
     * with the bound, inheriting the parent's constraints and indexes.
     */
    static String createPartitionOf(CreateTableStmt s, String sql, CommandContext ctx,
            dev.olifant.catalog.Namespace ns) {
        Table parent = Names.table(ctx.analysis(), s.partitionOf());
        Ownership.checkRelation(ctx, parent);
        if (!parent.isPartitioned()) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "\"" + parent.name() + "\" is not partitioned");
        }
        String name = s.name().last();
        PartitionBound bound = PartitionBounds.transform(ctx, parent, s.bound());
        PartitionBounds.checkNew(ctx.catalog(), parent, name, bound, s.bound());
        List<Column> cols = new ArrayList<>();
        for (Column c : parent.liveColumns()) {
            cols.add(new Column(c.name(), cols.size() + 1, c.type(), c.typmod(), c.notNull(), c.defaultExpr(), null,
                    Identity.NONE, 0, false));
        }
        char persistence = s.persistence() == Persistence.UNLOGGED ? 'u' : parent.persistence();
        Table t = new Table(ctx.newOid(), name, ns.oid(), ctx.userOid(), persistence, cols, List.of(), List.of(),
                new TableStorage(), new Partitioning(null, parent.oid(), bound, false));
        ctx.change(k -> k.withRelation(t));
        Table made = t;
        if (s.partitionBy() != null) {
            made = setKey(ctx, made, s.partitionBy());
        }
        inherit(ctx, sql, parent, made);
        PartitionTriggers.cloneToNewPartition(ctx, parent, (Table) ctx.catalog().relation(made.oid()));
        return "CREATE TABLE";
    }

    /**
     * What a new partition takes from its parent: CHECK constraints, and for each of the parent's
     * indexes an index of the same shape (a unique one through its constraint), linked to it.
     */
    static void inherit(CommandContext ctx, String sql, Table parent, Table partition) {
        inheritChecks(ctx, parent, (Table) ctx.catalog().relation(partition.oid()));
        for (long ixOid : parent.indexOids()) {
            if (ctx.catalog().relation(ixOid) instanceof Index ix) {
                cloneIndex(ctx, parent, ix, partition.oid());
            }
        }
    }

    /** The parent's CHECK constraints the partition does not have yet (by name). */
    static void inheritChecks(CommandContext ctx, Table parent, Table t) {
        List<Constraint> cons = new ArrayList<>(t.constraints());
        for (Constraint c : parent.constraints()) {
            if (c.kind() == ConstraintKind.CHECK && t.constraints().stream().noneMatch(x -> x.name().equals(c.name()))) {
                cons.add(new Constraint(ctx.newOid(), c.name(), c.kind(), mapColumns(parent, t, c.columns()),
                        0, c.checkExpr(), null, c.deferrable(), c.initiallyDeferred(), true));
            }
        }
        Table withChecks = t.withConstraints(cons);
        ctx.change(k -> k.withRelation(withChecks));
    }

    /** Creates on partition {@code partOid} the counterpart of the parent's index, and links it. */
    static void cloneIndex(CommandContext ctx, Table parent, Index ix, long partOid) {
        Table part = (Table) ctx.catalog().relation(partOid);
        if (part.partitioning() != null && part.partitioning().indexParents().containsValue(ix.oid())) {
            return;
        }
        Constraint backing = null;
        for (Constraint c : parent.constraints()) {
            if (c.indexOid() == ix.oid()) {
                backing = c;
            }
        }
        List<String> names = new ArrayList<>();
        for (int attnum : ix.keyColumns()) {
            names.add(parent.column(attnum).name());
        }
        long before = part.indexOids().size();
        if (backing != null) {
            dev.olifant.sql.ast.Constraint ast = new dev.olifant.sql.ast.Constraint(null,
                    backing.kind() == ConstraintKind.PRIMARY_KEY ? ConstraintType.PRIMARY_KEY : ConstraintType.UNIQUE,
                    null, names, List.of(), false, null, List.of(), null, null, null, backing.deferrable(),
                    backing.initiallyDeferred(), false, false, null, List.of(), List.of(), -1, List.of());
            TableConstraints.add(ctx, "", part, ast, null);
        } else {
            List<dev.olifant.sql.ast.IndexElem> elems = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                elems.add(new dev.olifant.sql.ast.IndexElem(names.get(i), null, null, null,
                        ix.descending().get(i) ? dev.olifant.sql.ast.SortDirection.DESC
                                : dev.olifant.sql.ast.SortDirection.DEFAULT,
                        ix.nullsFirst().get(i) == ix.descending().get(i) ? dev.olifant.sql.ast.NullsOrder.DEFAULT
                                : ix.nullsFirst().get(i) ? dev.olifant.sql.ast.NullsOrder.FIRST
                                        : dev.olifant.sql.ast.NullsOrder.LAST, -1));
            }
            List<String> include = new ArrayList<>();
            for (int attnum : ix.includeColumns()) {
                include.add(parent.column(attnum).name());
            }
            String schema = ctx.catalog().namespace(part.namespaceOid()).name();
            CreateIndex.execute(new dev.olifant.sql.ast.CreateIndexStmt(null,
                    new dev.olifant.sql.ast.QualifiedName(List.of(schema, part.name()), -1), ix.unique(), false, false,
                    false, ix.method(), elems, include, ix.nullsNotDistinct(), List.of(), null, -1), ctx);
        }
        Table after = (Table) ctx.catalog().relation(partOid);
        if (after.indexOids().size() > before) {
            long child = after.indexOids().get(after.indexOids().size() - 1);
            Table linked = after.withPartitioning(after.partitioning().withIndexParent(child, ix.oid()));
            ctx.change(k -> k.withRelation(linked));
        }
    }

    /** After an index (or unique constraint) was created on a partitioned table: the same on every partition. */
    static void cascadeIndex(CommandContext ctx, Table parent, long indexOid) {
        if (!parent.isPartitioned() || !(ctx.catalog().relation(indexOid) instanceof Index ix)) {
            return;
        }
        Table current = (Table) ctx.catalog().relation(parent.oid());
        if (ix.unique()) {
            checkUniqueCoversKey(current, ix);
        }
        for (Table p : PartitionTree.partitions(ctx.catalog(), current)) {
            cloneIndex(ctx, current, ix, p.oid());
            Table part = (Table) ctx.catalog().relation(p.oid());
            if (part.isPartitioned()) {
                Long child = childIndex(part, ix.oid());
                if (child != null) {
                    cascadeIndex(ctx, part, child);
                }
            }
        }
    }

    private static Long childIndex(Table part, long parentIndex) {
        for (var e : part.partitioning().indexParents().entrySet()) {
            if (e.getValue() == parentIndex) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A unique index on a partitioned table must contain every partition key column. */
    static void checkUniqueCoversKey(Table t, Index ix) {
        for (int attnum : t.partitioning().key().attnums()) {
            if (!ix.keyColumns().contains(attnum)) {
                String what = ix.primary() ? "PRIMARY KEY" : "UNIQUE";
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "unique constraint on partitioned table must include all partitioning columns")
                        .withDetail(what + " constraint on table \"" + t.name() + "\" lacks column \""
                                + t.column(attnum).name() + "\" which is part of the partition key.");
            }
        }
    }

    private static List<Integer> mapColumns(Table from, Table to, List<Integer> attnums) {
        List<Integer> out = new ArrayList<>();
        for (int a : attnums) {
            Column c = to.column(from.column(a).name());
            out.add(c == null ? a : c.attnum());
        }
        return out;
    }

    /** Every table in the trees under {@code roots}, the roots included: what DROP TABLE removes with them. */
    static Set<Long> withPartitions(dev.olifant.catalog.Catalog catalog, Table root) {
        Set<Long> out = new java.util.LinkedHashSet<>();
        for (Table t : PartitionTree.tree(catalog, root)) {
            out.add(t.oid());
        }
        return out;
    }
}
