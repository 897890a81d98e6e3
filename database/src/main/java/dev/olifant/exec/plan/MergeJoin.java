package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Merge join over two inputs sorted ascending on their keys, NULLs last (as a Sort or an index scan
 * delivers them). The inner side is read into a list once; a cursor walks it in step with the outer
 * side. For each outer row the group of inner rows with an equal key is found from the cursor, which
 * stays on the group's first row (PostgreSQL's mark) so that the next outer row with the same key
 * restores to it and sees the group again. A NULL key compares equal to nothing. Inner rows the
 * cursor leaves behind unmatched are emitted null-extended as it passes them (RIGHT and FULL), so
 * rows come out in key order as in PostgreSQL. {@code residual} is checked on each joined pair.
 *
 * @param comparators per key: the ordering both inputs are sorted by
 * @param mergeCond   the equalities as EXPLAIN prints them
 * @param residualText the residual as EXPLAIN prints it, or null
 * @param innerRuns   the inner side's slots as [start, end) pairs
 */
public record MergeJoin(PlanNode outer, PlanNode inner, Expression[] outerKeys, Expression[] innerKeys,
        List<Comparator<Object>> comparators, Expression residual, JoinKind kind, String mergeCond,
        String residualText, int width, int[] innerRuns, double estimatedRows) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        List<Object[]> innerRows = new ArrayList<>();
        List<Object[]> innerKeyValues = new ArrayList<>();
        try (RowSource in = inner.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                innerRows.add(r);
                innerKeyValues.add(keys(innerKeys, r, ctx));
            }
        }
        return new Source(outer.open(ctx), innerRows, innerKeyValues, ctx);
    }

    private static Object[] keys(Expression[] exprs, Object[] row, ExecContext ctx) {
        Object[] v = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            v[i] = exprs[i].eval(row, ctx);
        }
        return v;
    }

    private static boolean hasNull(Object[] key) {
        for (Object o : key) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    /** Compares keys as the inputs are sorted: a NULL sorts after every value. */
    int compare(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || b[i] == null) {
                if (a[i] != b[i]) {
                    return a[i] == null ? 1 : -1;
                }
                continue;
            }
            int c = comparators.get(i).compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private final class Source implements RowSource {
        private final RowSource outerRows;
        private final List<Object[]> innerRows;
        private final List<Object[]> innerKeyValues;
        private final boolean[] innerMatched;
        private final ExecContext ctx;
        private final boolean emitInner = kind == JoinKind.RIGHT || kind == JoinKind.FULL;
        private final boolean emitOuter = kind == JoinKind.LEFT || kind == JoinKind.FULL || kind == JoinKind.ANTI;
        /** The mark: the first inner row not yet known to sort before every remaining outer key. */
        private int mark;
        private Object[] current;
        private Object[] currentKey;
        private boolean positioned;
        private int pos;
        private int groupEnd;
        private boolean matched;
        private boolean outerDone;

        Source(RowSource outerRows, List<Object[]> innerRows, List<Object[]> innerKeyValues, ExecContext ctx) {
            this.outerRows = outerRows;
            this.innerRows = innerRows;
            this.innerKeyValues = innerKeyValues;
            this.innerMatched = new boolean[innerRows.size()];
            this.ctx = ctx;
        }

        @Override
        public Object[] next() {
            while (true) {
                if (outerDone) {
                    while (mark < innerRows.size()) {
                        int i = mark++;
                        if (emitInner && !innerMatched[i]) {
                            return Rows.merge(null, innerRows.get(i), width, innerRuns);
                        }
                    }
                    return null;
                }
                if (current == null) {
                    current = outerRows.next();
                    if (current == null) {
                        outerDone = true;
                        continue;
                    }
                    currentKey = keys(outerKeys, current, ctx);
                    matched = false;
                    positioned = false;
                }
                if (!positioned) {
                    pos = 0;
                    groupEnd = 0;
                    if (!hasNull(currentKey)) {
                        // advance the mark past inner keys below this one: no later outer row can match them
                        while (mark < innerRows.size() && compare(innerKeyValues.get(mark), currentKey) < 0) {
                            int i = mark++;
                            if (emitInner && !innerMatched[i]) {
                                return Rows.merge(null, innerRows.get(i), width, innerRuns);
                            }
                        }
                        // restore: the group equal to this key starts at the mark
                        pos = mark;
                        groupEnd = mark;
                        while (groupEnd < innerRows.size() && compare(innerKeyValues.get(groupEnd), currentKey) == 0) {
                            groupEnd++;
                        }
                    }
                    positioned = true;
                }
                while (pos < groupEnd) {
                    int i = pos++;
                    ctx.checkInterruptsCheaply();
                    Object[] joined = Rows.merge(current, innerRows.get(i), width, innerRuns);
                    if (!Rows.passes(residual, joined, ctx)) {
                        continue;
                    }
                    matched = true;
                    innerMatched[i] = true;
                    if (kind == JoinKind.SEMI) {
                        Object[] r = current;
                        current = null;
                        return r;
                    }
                    if (kind != JoinKind.ANTI) {
                        return joined;
                    }
                }
                Object[] done = current;
                current = null;
                if (!matched && emitOuter) {
                    return kind == JoinKind.ANTI ? done : Rows.merge(done, null, width, innerRuns);
                }
            }
        }

        @Override
        public void close() {
            outerRows.close();
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String explainTitle() {
        return kind.joinTitle("Merge");
    }

    @Override
    public List<String> explainDetails() {
        return JoinKind.keyedDetails("Merge Cond", mergeCond, residualText);
    }

    @Override
    public List<PlanNode> children() {
        return Arrays.asList(outer, inner);
    }
}
