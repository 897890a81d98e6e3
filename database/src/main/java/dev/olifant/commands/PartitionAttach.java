package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AttachPartition;
import dev.olifant.types.PgType;
import java.util.List;

/**
 * ALTER TABLE ... ATTACH PARTITION (DETACH is {@link PartitionDetach}). Attaching checks that the table has
 * exactly the parent's columns (by name, with the same types and at least the parent's NOT NULL),
 * that its bound overlaps no sibling, that its rows satisfy the bound and that the default
 * partition keeps none the new partition should hold; it then links (or creates) the partition's
 * counterparts of the parent's indexes. The parent is locked SHARE UPDATE EXCLUSIVE by ALTER
 * TABLE, the partition and the default partition ACCESS EXCLUSIVE here, as PostgreSQL does.
 */
final class PartitionAttach {
    private PartitionAttach() {
    }

    static void attach(CommandContext ctx, String sql, Table parent, AttachPartition a) {
        Table part = Names.table(ctx.analysis(), a.partition());
        PartitionLocks.lock(ctx, part, LockMode.ACCESS_EXCLUSIVE);
        part = (Table) ctx.catalog().relation(part.oid());
        if (!parent.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "table \"" + parent.name() + "\" is not partitioned");
        }
        Ownership.checkRelation(ctx, part);
        if (part.isPartition()) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "\"" + part.name() + "\" is already a partition");
        }
        if (part.oid() == parent.oid() || PartitionTree.tree(ctx.catalog(), part).stream()
                .anyMatch(t -> t.oid() == parent.oid())) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                    .withDetail("\"" + parent.name() + "\" is already a child of \"" + part.name() + "\".");
        }
        checkColumns(parent, part);
        PartitionBound bound = PartitionBounds.transform(ctx, parent, a.bound());
        PartitionBounds.checkNew(ctx.catalog(), parent, part.name(), bound, a.bound());
        Table def = null;
        for (Table sibling : PartitionTree.partitions(ctx.catalog(), parent)) {
            if (sibling.partitioning().bound() instanceof PartitionBound.Default) {
                def = sibling;
            }
        }
        if (def != null) {
            PartitionLocks.lock(ctx, def, LockMode.ACCESS_EXCLUSIVE);
        }
        validateRows(ctx, parent, part, bound);
        if (def != null && !(bound instanceof PartitionBound.Default)) {
            validateDefault(ctx, parent, (Table) ctx.catalog().relation(def.oid()), bound);
        }
        Partitioning p = part.partitioning() == null ? new Partitioning(null, 0, null, false) : part.partitioning();
        Table attached = part.withPartitioning(p.withParent(parent.oid(), bound));
        ctx.change(k -> k.withRelation(attached));
        attachIndexes(ctx, parent, attached.oid());
        Partitions.inheritChecks(ctx, parent, (Table) ctx.catalog().relation(attached.oid()));
        validateForeignKeys(ctx, parent, (Table) ctx.catalog().relation(attached.oid()));
        PartitionTriggers.cloneToNewPartition(ctx, parent, (Table) ctx.catalog().relation(attached.oid()));
    }

    /** The new partition's rows must satisfy the foreign keys declared on the tables above it. */
    private static void validateForeignKeys(CommandContext ctx, Table parent, Table part) {
        dev.olifant.catalog.Catalog cat = ctx.catalog();
        for (Table up = parent; up != null; up = PartitionTree.parent(cat, up)) {
            for (dev.olifant.catalog.Constraint c : up.constraints()) {
                if (c.kind() != dev.olifant.catalog.ConstraintKind.FOREIGN_KEY) {
                    continue;
                }
                for (Table leaf : leavesOf(ctx, part)) {
                    for (dev.olifant.exec.dml.ForeignKeyInfo info : dev.olifant.exec.dml.ForeignKeyInfo.outgoing(cat,
                            leaf.oid())) {
                        if (info.constraint().oid() == c.oid()) {
                            TableConstraints.forEachVisibleRow(ctx, leaf, row -> dev.olifant.exec.dml.ForeignKeys
                                    .validateRow(ctx.exec(), cat, info, row));
                        }
                    }
                }
            }
        }
    }

    private static void checkColumns(Table parent, Table part) {
        for (Column c : part.liveColumns()) {
            if (parent.column(c.name()) == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "table \"" + part.name() + "\" contains column \""
                        + c.name() + "\" not found in parent \"" + parent.name() + "\"")
                        .withDetail("The new partition may contain only the columns present in parent.");
            }
        }
        for (Column pc : parent.liveColumns()) {
            Column c = part.column(pc.name());
            if (c == null) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing column \"" + pc.name()
                        + "\"");
            }
            if (c.type() != pc.type() || c.typmod() != pc.typmod()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "child table \"" + part.name()
                        + "\" has different type for column \"" + c.name() + "\"");
            }
            if (pc.notNull() && !c.notNull()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + c.name()
                        + "\" in child table must be marked NOT NULL");
            }
        }
    }

    /** The key of a row of {@code t} for the partition key of {@code parent}, matched by column name. */
    private static Object[] key(Table parent, Table t, Object[] values) {
        List<Integer> attnums = parent.partitioning().key().attnums();
        Object[] key = new Object[attnums.size()];
        for (int i = 0; i < key.length; i++) {
            Column c = t.column(parent.column(attnums.get(i)).name());
            key[i] = Indexes.value(t, values, c.attnum());
        }
        return key;
    }

    private static void validateRows(CommandContext ctx, Table parent, Table part, PartitionBound bound) {
        if (bound instanceof PartitionBound.Default) {
            List<PgType> types = PartitionTree.keyTypes(parent);
            List<Table> siblings = PartitionTree.partitions(ctx.catalog(), parent);
            for (Table leaf : leavesOf(ctx, part)) {
                TableConstraints.forEachLatestRow(ctx, leaf, v -> {
                    Object[] k = key(parent, leaf, v);
                    for (Table s : siblings) {
                        if (PartitionTree.accepts(types, s.partitioning().bound(), k)) {
                            throw violated(part);
                        }
                    }
                });
            }
            return;
        }
        List<PgType> types = PartitionTree.keyTypes(parent);
        for (Table leaf : leavesOf(ctx, part)) {
            TableConstraints.forEachLatestRow(ctx, leaf, v -> {
                if (!PartitionTree.accepts(types, bound, key(parent, leaf, v))) {
                    throw violated(part);
                }
            });
        }
    }

    private static List<Table> leavesOf(CommandContext ctx, Table t) {
        return t.isPartitioned() ? PartitionTree.leaves(ctx.catalog(), t) : List.of(t);
    }

    private static PgException violated(Table part) {
        return new PgException(SqlState.CHECK_VIOLATION, "partition constraint of relation \"" + part.name()
                + "\" is violated by some row");
    }

    private static void validateDefault(CommandContext ctx, Table parent, Table def, PartitionBound bound) {
        List<PgType> types = PartitionTree.keyTypes(parent);
        for (Table leaf : leavesOf(ctx, def)) {
            TableConstraints.forEachLatestRow(ctx, leaf, v -> {
                if (PartitionTree.accepts(types, bound, key(parent, leaf, v))) {
                    throw new PgException(SqlState.CHECK_VIOLATION, "updated partition constraint for default partition \""
                            + leaf.name() + "\" would be violated by some row");
                }
            });
        }
    }

    /**
     * For each index of the parent, links the partition's matching index (same columns by name,
     * same uniqueness, not linked yet), or creates one.
     */
    private static void attachIndexes(CommandContext ctx, Table parent, long partOid) {
        for (long ixOid : parent.indexOids()) {
            if (!(ctx.catalog().relation(ixOid) instanceof Index ix)) {
                continue;
            }
            Table part = (Table) ctx.catalog().relation(partOid);
            Index match = null;
            for (long candOid : part.indexOids()) {
                if (ctx.catalog().relation(candOid) instanceof Index cand && matches(parent, ix, part, cand)
                        && !part.partitioning().indexParents().containsKey(candOid)) {
                    match = cand;
                    break;
                }
            }
            if (match != null) {
                Table linked = part.withPartitioning(part.partitioning().withIndexParent(match.oid(), ix.oid()));
                ctx.change(k -> k.withRelation(linked));
            } else {
                Partitions.cloneIndex(ctx, parent, ix, partOid);
            }
        }
    }

    private static boolean matches(Table parent, Index ix, Table part, Index cand) {
        if (ix.unique() != cand.unique() || ix.primary() != cand.primary()
                || ix.keyColumns().size() != cand.keyColumns().size() || !cand.expressions().isEmpty()
                || cand.predicate() != null) {
            return false;
        }
        for (int i = 0; i < ix.keyColumns().size(); i++) {
            int pa = ix.keyColumns().get(i);
            int ca = cand.keyColumns().get(i);
            if (pa <= 0 || ca <= 0 || !parent.column(pa).name().equals(part.column(ca).name())
                    || !ix.descending().get(i).equals(cand.descending().get(i))) {
                return false;
            }
        }
        return true;
    }
}
