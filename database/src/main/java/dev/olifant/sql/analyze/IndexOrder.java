package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.exec.plan.SortKey;
import java.util.List;

/**
 * ORDER BY answered by a btree index instead of a Sort, as PostgreSQL's planner does for one
 * table: an index scan already chosen for its conditions delivers the order when the sort keys
 * are its next key columns (read backward for DESC); a sequential scan under a LIMIT is replaced
 * by a scan of an index whose next key columns after the ones the conditions fix are the sort
 * keys, taking the conditions it can as index conditions. Only ascending indexes,
 * with the default NULLS placement (last for ASC, first for DESC), qualify.
 */
final class IndexOrder {
    private IndexOrder() {
    }

    /**
     * The scan to use instead of {@code scan} so that no Sort is needed, or null.
     *
     * @param outputs the SELECT list the sort keys' slots index
     */
    static PlanNode ordered(Catalog catalog, PlanNode scan, List<SortKey> keys, Expression[] outputs,
            boolean limited) {
        if (keys.isEmpty()) {
            return null;
        }
        boolean desc = keys.get(0).descending();
        int[] attnums = new int[keys.size()];
        int offset = scan instanceof IndexScan s ? s.offset() : scan instanceof SeqScan s ? s.offset() : -1;
        Table table = scan instanceof IndexScan s ? s.table() : scan instanceof SeqScan s ? s.table() : null;
        if (table == null) {
            return null;
        }
        for (int i = 0; i < keys.size(); i++) {
            SortKey k = keys.get(i);
            if (k.descending() != desc || k.nullsFirst() != desc || !(k.expr() instanceof Slot out)
                    || out.index() >= outputs.length || !(outputs[out.index()] instanceof Slot col)
                    || col.index() < offset || col.index() >= offset + table.columns().size()) {
                return null;
            }
            attnums[i] = col.index() - offset + 1;
        }
        if (scan instanceof IndexScan s) {
            return ascending(s.index()) && matches(s.index(), s.equalKeys().length, attnums)
                    ? (desc ? s.reversed() : s) : null;
        }
        SeqScan seq = (SeqScan) scan;
        if (!limited) {
            return null;
        }
        for (long oid : table.indexOids()) {
            if (catalog.relation(oid) instanceof Index idx && AccessPaths.usable(table, idx) && ascending(idx)
                    && !Index.HASH.equals(idx.method())) {
                IndexScan s = AccessPaths.inIndexOrder(seq, idx);
                if (matches(idx, s.equalKeys().length, attnums)) {
                    return desc ? s.reversed() : s;
                }
            }
        }
        return null;
    }

    private static boolean ascending(Index idx) {
        for (int i = 0; i < idx.keyColumns().size(); i++) {
            if (idx.descending().get(i) || idx.nullsFirst().get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the index's key columns from {@code from} on start with {@code attnums}. */
    private static boolean matches(Index idx, int from, int[] attnums) {
        if (from + attnums.length > idx.keyColumns().size()) {
            return false;
        }
        for (int i = 0; i < attnums.length; i++) {
            if (idx.keyColumns().get(from + i) != attnums[i]) {
                return false;
            }
        }
        return true;
    }
}
