package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UNION, INTERSECT and EXCEPT, with or without ALL, by counting each distinct row on both sides
 * (PostgreSQL's HashSetOp semantics: INTERSECT ALL keeps min(m, n) copies, EXCEPT ALL max(m - n, 0)).
 */
public record SetOp(Kind kind, boolean all, PlanNode left, PlanNode right, PgType[] types) implements PlanNode {

    public enum Kind { UNION, INTERSECT, EXCEPT }

    @Override
    public RowSource open(ExecContext ctx) {
        if (kind == Kind.UNION && all) {
            return append(ctx);
        }
        Map<HashKey, long[]> counts = new LinkedHashMap<>();
        count(left, 0, counts, ctx);
        count(right, 1, counts, ctx);
        List<Object[]> out = new ArrayList<>();
        for (Map.Entry<HashKey, long[]> e : counts.entrySet()) {
            long l = e.getValue()[0];
            long r = e.getValue()[1];
            long n = switch (kind) {
                case UNION -> 1;
                case INTERSECT -> all ? Math.min(l, r) : (l > 0 && r > 0 ? 1 : 0);
                case EXCEPT -> all ? Math.max(l - r, 0) : (l > 0 && r == 0 ? 1 : 0);
            };
            for (long i = 0; i < n; i++) {
                out.add(e.getKey().values());
            }
        }
        var it = out.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    private void count(PlanNode side, int which, Map<HashKey, long[]> counts, ExecContext ctx) {
        try (RowSource in = side.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                counts.computeIfAbsent(new HashKey(row, types), k -> new long[2])[which]++;
            }
        }
    }

    private RowSource append(ExecContext ctx) {
        RowSource l = left.open(ctx);
        return new RowSource() {
            RowSource current = l;
            boolean onRight;

            @Override
            public Object[] next() {
                Object[] row = current.next();
                if (row == null && !onRight) {
                    current.close();
                    onRight = true;
                    current = right.open(ctx);
                    row = current.next();
                }
                return row;
            }

            @Override
            public void close() {
                current.close();
            }
        };
    }

    @Override
    public int width() {
        return types.length;
    }

    @Override
    public String explainTitle() {
        return kind == Kind.UNION && all ? "Append" : "HashSetOp " + kind.name().charAt(0)
                + kind.name().substring(1).toLowerCase() + (all ? " All" : "");
    }

    @Override
    public List<PlanNode> children() {
        return List.of(left, right);
    }
}
