package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DISTINCT and DISTINCT ON: passes the first row of each distinct key, in input order (so
 * DISTINCT ON over sorted input keeps the first row of each group, as PostgreSQL documents).
 */
public record Distinct(PlanNode input, Expression[] keys, PgType[] keyTypes) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = input.open(ctx);
        Set<HashKey> seen = new HashSet<>();
        return new RowSource() {
            @Override
            public Object[] next() {
                Object[] row;
                while ((row = in.next()) != null) {
                    Object[] k = new Object[keys.length];
                    for (int i = 0; i < k.length; i++) {
                        k[i] = keys[i].eval(row, ctx);
                    }
                    if (seen.add(new HashKey(k, keyTypes))) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public int width() {
        return input.width();
    }

    @Override
    public String explainTitle() {
        return "HashAggregate";
    }

    @Override
    public List<String> explainDetails() {
        StringBuilder sb = new StringBuilder("Group Key: ");
        for (int i = 0; i < keys.length; i++) {
            sb.append(i > 0 ? ", " : "").append(dev.olifant.exec.expr.ExpressionText.of(keys[i]));
        }
        return List.of(sb.toString());
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return input.estimatedRows();
    }
}
