package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash join on equality of key expressions: the inner side is built into a hash table, the outer
 * side probes it. Keys are compared in {@code keyTypes} (both sides already coerced to them);
 * NULL keys never match. {@code residual} is checked on each joined row.
 */
public record HashJoin(PlanNode outer, PlanNode inner, Expression[] outerKeys, Expression[] innerKeys,
        PgType[] keyTypes, Expression residual, JoinKind kind, String hashCond, int width, int[] innerRuns,
        String residualText) implements PlanNode {

    /** A join whose inner side occupies the one run of slots [innerStart, innerEnd). */
    public HashJoin(PlanNode outer, PlanNode inner, Expression[] outerKeys, Expression[] innerKeys, PgType[] keyTypes,
            Expression residual, JoinKind kind, String hashCond, int width, int innerStart, int innerEnd) {
        this(outer, inner, outerKeys, innerKeys, keyTypes, residual, kind, hashCond, width,
                new int[] {innerStart, innerEnd}, residual == null ? null : ExpressionText.of(residual));
    }

    @Override
    public RowSource open(ExecContext ctx) {
        Map<HashKey, List<Object[]>> table = new HashMap<>();
        List<Object[]> nullKeyed = new ArrayList<>();
        try (RowSource in = inner.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                HashKey k = key(innerKeys, r, ctx);
                if (k.hasNull()) {
                    nullKeyed.add(r);
                } else {
                    table.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
                }
            }
        }
        RowSource out = outer.open(ctx);
        return new JoinSource(out, residual, kind, ctx, width, innerRuns) {
            @Override
            List<Object[]> candidates(Object[] outerRow) {
                HashKey k = key(outerKeys, outerRow, ctx);
                return k.hasNull() ? List.of() : table.getOrDefault(k, List.of());
            }

            @Override
            List<Object[]> allInner() {
                List<Object[]> all = new ArrayList<>(nullKeyed);
                table.values().forEach(all::addAll);
                return all;
            }
        };
    }

    private HashKey key(Expression[] exprs, Object[] row, ExecContext ctx) {
        Object[] v = new Object[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            v[i] = exprs[i].eval(row, ctx);
        }
        return new HashKey(v, keyTypes);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String explainTitle() {
        return kind.joinTitle("Hash");
    }

    @Override
    public List<String> explainDetails() {
        return JoinKind.keyedDetails("Hash Cond", hashCond, residualText);
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
