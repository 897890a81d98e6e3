package dev.olifant.sql.analyze;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.Expressions;
import java.util.BitSet;
import java.util.List;

/**
 * Recognising an index's expression key in a query's condition, as PostgreSQL's
 * match_index_to_operand does: the condition's operand is the same expression over the same
 * columns of the scanned table (at its offset in the query's row) as the index expression over
 * the table's own row.
 */
final class IndexExpressionMatch {
    private IndexExpressionMatch() {
    }

    /** Whether {@code idx} is a full btree or hash index with expression keys that a scan may use. */
    static boolean usable(AnalysisContext ctx, Table table, Index idx) {
        return ctx != null && idx.predicate() == null && idx.keyColumns().contains(0)
                && table.storage().index(idx.oid()) != null;
    }

    /** The index's expression keys compiled over the table's row, or none when the index has none. */
    static List<Expression> keys(AnalysisContext ctx, Table table, Index idx) {
        return ctx == null || idx.expressions().isEmpty() ? List.of()
                : ExpressionAnalysis.indexExpressions(ctx, table, idx);
    }

    /** Whether {@code operand} (over the query's row) is {@code key} (over the table's row at {@code offset}). */
    static boolean matches(Expression operand, Expression key, int offset) {
        BitSet operandSlots = new BitSet();
        BitSet keySlots = new BitSet();
        if (!Expressions.collectSlots(operand, operandSlots) || !Expressions.collectSlots(key, keySlots)
                || keySlots.isEmpty()) {
            return false;
        }
        BitSet shifted = new BitSet();
        keySlots.stream().forEach(s -> shifted.set(s + offset));
        return shifted.equals(operandSlots) && ExpressionText.of(operand).equals(ExpressionText.of(key));
    }
}
