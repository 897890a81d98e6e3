package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nested loop join over a materialised inner side. Both sides produce rows of the query level's
 * full width; a joined row is the outer row with the inner side's segment [innerStart, innerEnd)
 * copied in, and the missing side of an outer join stays NULL.
 */
public record NestedLoopJoin(PlanNode outer, PlanNode inner, Expression condition, JoinKind kind, int width,
        int innerStart, int innerEnd)
        implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        List<Object[]> innerRows = new ArrayList<>();
        try (RowSource in = inner.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                innerRows.add(r);
            }
        }
        boolean[] innerMatched = new boolean[innerRows.size()];
        RowSource out = outer.open(ctx);
        return new RowSource() {
            Object[] current;
            int pos;
            boolean matched;
            int unmatchedPos = -1;

            @Override
            public Object[] next() {
                while (true) {
                    if (unmatchedPos >= 0) {
                        while (unmatchedPos < innerRows.size()) {
                            int i = unmatchedPos++;
                            if (!innerMatched[i]) {
                                return Rows.merge(null, innerRows.get(i), width, innerStart, innerEnd);
                            }
                        }
                        return null;
                    }
                    if (current == null) {
                        current = out.next();
                        if (current == null) {
                            if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
                                unmatchedPos = 0;
                                continue;
                            }
                            return null;
                        }
                        pos = 0;
                        matched = false;
                    }
                    while (pos < innerRows.size()) {
                        int i = pos++;
                        Object[] joined = Rows.merge(current, innerRows.get(i), width, innerStart, innerEnd);
                        ctx.checkInterruptsCheaply();
                        if (Rows.passes(condition, joined, ctx)) {
                            matched = true;
                            innerMatched[i] = true;
                            if (kind == JoinKind.SEMI) {
                                pos = innerRows.size();
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
                    if (!matched && (kind == JoinKind.LEFT || kind == JoinKind.FULL)) {
                        return done;
                    }
                    if (!matched && kind == JoinKind.ANTI) {
                        return done;
                    }
                }
            }

            @Override
            public void close() {
                out.close();
            }
        };
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String explainTitle() {
        return "Nested Loop" + (kind == JoinKind.INNER ? "" : " " + kind.explain() + " Join");
    }

    @Override
    public List<String> explainDetails() {
        return condition == null ? List.of() : List.of("Join Filter: " + ExpressionText.of(condition));
    }

    @Override
    public List<PlanNode> children() {
        return Arrays.asList(outer, inner);
    }

    @Override
    public double estimatedRows() {
        return Math.max(outer.estimatedRows(), inner.estimatedRows());
    }
}
