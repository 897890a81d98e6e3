package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.PartitionTree;
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
 * Partitions whose DETACH CONCURRENTLY has begun are still read, as by PostgreSQL's snapshots
 * taken before the detach.
 */
final class PartitionScans {
    private PartitionScans() {
    }

    /** With {@code only} (FROM ONLY), nothing: the partitioned table itself holds no rows. */
    static PlanNode scan(Catalog catalog, Table parent, String alias, int offset, int width,
            List<Expression> pushed, boolean only, PlannerCosts costs) {
        List<PartitionAppend.Child> children = new ArrayList<>();
        for (Table leaf : only ? List.<Table>of() : PartitionTree.leaves(catalog, parent)) {
            if (PartitionRouting.sameLayout(parent, leaf)) {
                children.add(new PartitionAppend.Child(leaf,
                        AccessPaths.scan(catalog, leaf, alias, offset, width, pushed, costs), null));
            } else {
                int leafWidth = leaf.columns().size() + 1;
                children.add(new PartitionAppend.Child(leaf,
                        AccessPaths.scan(catalog, leaf, alias, 0, leafWidth, List.of(), costs),
                        PartitionAppend.map(parent, leaf)));
            }
        }
        return new PartitionAppend(parent, alias, children, offset, width, AccessPaths.and(pushed));
    }
}
