package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The row-producing loop shared by the join methods: for each outer row, test the inner rows the
 * method proposes against the join condition; emit joined rows (or, for SEMI/ANTI, the outer row
 * once); pad unmatched outer rows for LEFT/FULL, and after the last outer row emit the unmatched
 * inner rows for RIGHT/FULL. Joined rows are the outer row with the inner segment copied in.
 */
abstract class JoinSource implements RowSource {
    private final RowSource outer;
    private final Expression condition;
    private final JoinKind kind;
    private final ExecContext ctx;
    private final int width;
    /** The inner side's slots as [start, end) pairs: what a joined row takes from the inner row. */
    private final int[] innerRuns;
    private final Set<Object[]> matchedInner = Collections.newSetFromMap(new IdentityHashMap<>());
    private Object[] current;
    private List<Object[]> candidates = List.of();
    private int pos;
    private boolean matched;
    private List<Object[]> unmatched;
    private int unmatchedPos;

    JoinSource(RowSource outer, Expression condition, JoinKind kind, ExecContext ctx, int width, int innerStart,
            int innerEnd) {
        this(outer, condition, kind, ctx, width, new int[] {innerStart, innerEnd});
    }

    JoinSource(RowSource outer, Expression condition, JoinKind kind, ExecContext ctx, int width, int[] innerRuns) {
        this.outer = outer;
        this.condition = condition;
        this.kind = kind;
        this.ctx = ctx;
        this.width = width;
        this.innerRuns = innerRuns;
    }

    /** The inner rows that may join {@code outerRow}. */
    abstract List<Object[]> candidates(Object[] outerRow);

    /** Every inner row (for the unmatched ones of RIGHT and FULL joins). */
    abstract List<Object[]> allInner();

    @Override
    public Object[] next() {
        while (true) {
            if (unmatched != null) {
                while (unmatchedPos < unmatched.size()) {
                    Object[] r = unmatched.get(unmatchedPos++);
                    if (!matchedInner.contains(r)) {
                        return Rows.merge(null, r, width, innerRuns);
                    }
                }
                return null;
            }
            if (current == null) {
                current = outer.next();
                if (current == null) {
                    if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
                        unmatched = allInner();
                        continue;
                    }
                    return null;
                }
                candidates = candidates(current);
                pos = 0;
                matched = false;
            }
            while (pos < candidates.size()) {
                Object[] innerRow = candidates.get(pos++);
                Object[] joined = Rows.merge(current, innerRow, width, innerRuns);
                ctx.checkInterruptsCheaply();
                if (Rows.passes(condition, joined, ctx)) {
                    matched = true;
                    if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
                        matchedInner.add(innerRow);
                    }
                    if (kind == JoinKind.SEMI) {
                        pos = candidates.size();
                        Object[] r = current;
                        current = null;
                        return r;
                    }
                    if (kind != JoinKind.ANTI) {
                        return joined;
                    }
                }
            }
            Object[] done = current;
            current = null;
            if (!matched && (kind == JoinKind.LEFT || kind == JoinKind.FULL || kind == JoinKind.ANTI)) {
                return done;
            }
        }
    }

    @Override
    public void close() {
        outer.close();
    }
}
