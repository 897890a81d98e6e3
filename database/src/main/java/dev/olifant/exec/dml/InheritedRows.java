package dev.olifant.exec.dml;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.exec.plan.PartitionAppend;
import dev.olifant.exec.plan.PlanNode;

/**
 * UPDATE and DELETE through a table with inheritance children: the source reads the table and
 * its children (each row's tuple id names the table it is stored in), and an updated row stays
 * in that table, its columns the parent does not have keeping their values.
 */
final class InheritedRows {
    private InheritedRows() {
    }

    /** Whether {@code source} reads {@code target} together with its inheritance children. */
    static boolean readsChildren(PlanNode source, Table target) {
        if (source instanceof PartitionAppend a && a.parent().oid() == target.oid()) {
            return true;
        }
        for (PlanNode c : source.children()) {
            if (readsChildren(c, target)) {
                return true;
            }
        }
        return false;
    }

    /** The new version of a row of {@code leaf}: {@code values} (in the parent's layout) over {@code old}. */
    static PartitionRouting.Routed inPlace(Table parent, Table leaf, Object[] values, Object[] old) {
        if (leaf.oid() == parent.oid()) {
            return new PartitionRouting.Routed(leaf, values);
        }
        Object[] out = old.clone();
        for (Column c : parent.columns()) {
            if (c.dropped()) {
                continue;
            }
            Column k = leaf.column(c.name());
            if (k != null) {
                out[k.attnum() - 1] = values[c.attnum() - 1];
            }
        }
        return new PartitionRouting.Routed(leaf, out);
    }
}
