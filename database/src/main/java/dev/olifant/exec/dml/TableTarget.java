package dev.olifant.exec.dml;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.storage.OrderedIndex;
import java.util.List;

/**
 * A table prepared for writing: its CHECK constraints compiled against the table's row layout
 * (slot = attnum - 1), and its indexes with their key columns; for a partitioned table, the
 * routing that finds the partition each new row goes to; for a partition, its partition constraint.
 */
public record TableTarget(Table table, List<Check> checks, List<IndexTarget> indexes, PartitionRouting routing,
        PartitionCheck partitionCheck) {

    /** A table outside any partition tree. */
    public TableTarget(Table table, List<Check> checks, List<IndexTarget> indexes) {
        this(table, checks, indexes, null, null);
    }

    /** A CHECK constraint: it fails only when its expression is false (NULL passes). */
    public record Check(String name, Expression expr) {
    }

    /**
     * An index to maintain; {@code constraintName} names the constraint a unique index enforces.
     * {@code predicate} is a partial index's WHERE over the table's row (null for a full index):
     * only rows it holds true for have entries, and only they can conflict in a unique one.
     * {@code keyExpressions} computes the expression keys (attnum 0 in {@code attnums}), in key
     * order, over the table's row.
     */
    public record IndexTarget(Index index, OrderedIndex storage, int[] attnums, String constraintName,
            Expression predicate, Expression[] keyExpressions) {

        public IndexTarget(Index index, OrderedIndex storage, int[] attnums, String constraintName,
                Expression predicate) {
            this(index, storage, attnums, constraintName, predicate, new Expression[0]);
        }

        public IndexTarget(Index index, OrderedIndex storage, int[] attnums, String constraintName) {
            this(index, storage, attnums, constraintName, null);
        }

        /** Whether the row belongs in this index (always, unless a partial index's predicate is not true). */
        public boolean covers(Object[] values, dev.olifant.exec.ExecContext ctx) {
            return predicate == null || Boolean.TRUE.equals(predicate.eval(values, ctx));
        }

        /** Whether a key column is an expression, so computing the key runs code. */
        public boolean computed() {
            return keyExpressions.length > 0;
        }

        /** The key of a row over plain columns only (see {@link #key(Object[], dev.olifant.exec.ExecContext)}). */
        public Object[] key(Object[] values) {
            return key(values, null);
        }

        /** The key of a row (table layout): its key columns' values, its key expressions computed. */
        public Object[] key(Object[] values, dev.olifant.exec.ExecContext ctx) {
            Object[] k = new Object[attnums.length];
            int e = 0;
            for (int i = 0; i < k.length; i++) {
                int pos = attnums[i] - 1;
                if (pos < 0) {
                    k[i] = keyExpressions[e++].eval(values, ctx);
                } else {
                    k[i] = pos < values.length ? values[pos] : null;
                }
            }
            return k;
        }
    }
}
