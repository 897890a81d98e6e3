package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.exec.dml.PartitionRouting;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PartitionAppend;
import dev.olifant.exec.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a partitioned table in FROM is read: an append of its leaf partitions' scans, each chosen
 * by {@link AccessPaths} for that partition (so a partition's indexes serve the conditions).
 * A partition whose DETACH CONCURRENTLY is pending stays in the plan, marked: the executing
 * statement's snapshot decides whether it is read (snapshots taken before the detach's first
 * transaction committed still read it).
 */
final class PartitionScans {
    private PartitionScans() {
    }

    /** With {@code only} (FROM ONLY), nothing: the partitioned table itself holds no rows. */
    static PlanNode scan(Catalog catalog, Table parent, String alias, int offset, int width,
            List<Expression> conditions, boolean only, PlannerCosts costs) {
        // conditions whose reads cannot be listed (tableoid, subqueries) need the append's rows,
        // whose tuple id slot names the leaf: they are checked above it
        List<Expression> pushed = new ArrayList<>();
        List<Expression> above = new ArrayList<>();
        for (Expression e : conditions) {
            (dev.olifant.exec.expr.Expressions.collectSlots(e, new java.util.BitSet()) ? pushed : above).add(e);
        }
        PlanNode append = append(catalog, parent, alias, offset, width, pushed, only, costs);
        return above.isEmpty() ? append : new dev.olifant.exec.plan.Filter(append, AccessPaths.and(above));
    }

    private static PlanNode append(Catalog catalog, Table parent, String alias, int offset, int width,
            List<Expression> pushed, boolean only, PlannerCosts costs) {
        List<PartitionAppend.Child> children = new ArrayList<>();
        for (Table leaf : only ? List.<Table>of() : PartitionTree.leaves(catalog, parent)) {
            Partitioning detaching = detaching(catalog, parent, leaf);
            if (PartitionRouting.sameLayout(parent, leaf)) {
                children.add(new PartitionAppend.Child(leaf,
                        AccessPaths.scan(catalog, leaf, alias, offset, width, pushed, costs), null, detaching));
            } else {
                int leafWidth = leaf.columns().size() + 1;
                children.add(new PartitionAppend.Child(leaf,
                        AccessPaths.scan(catalog, leaf, alias, 0, leafWidth, List.of(), costs),
                        PartitionAppend.map(parent, leaf), detaching));
            }
        }
        return new PartitionAppend(parent, alias, children, offset, width, AccessPaths.and(pushed));
    }

    /** The partitioning of {@code leaf} or of a table above it, below {@code parent}, with a detach pending. */
    private static Partitioning detaching(Catalog catalog, Table parent, Table leaf) {
        for (Table t = leaf; t != null && t.oid() != parent.oid(); t = PartitionTree.parent(catalog, t)) {
            if (t.partitioning().detachPending()) {
                return t.partitioning();
            }
        }
        return null;
    }
}
