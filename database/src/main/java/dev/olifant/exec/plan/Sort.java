package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.List;

/** Sorts its whole input by the keys (a stable sort, so equal keys keep input order). */
public record Sort(PlanNode input, List<SortKey> keys) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        List<Object[][]> decorated = new ArrayList<>();
        try (RowSource in = input.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                Object[] k = new Object[keys.size()];
                for (int i = 0; i < k.length; i++) {
                    k[i] = keys.get(i).expr().eval(row, ctx);
                }
                decorated.add(new Object[][] {k, row});
                ctx.checkInterruptsCheaply();
            }
        }
        decorated.sort((a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int c = keys.get(i).compare(a[0][i], b[0][i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return new RowSource() {
            int i;

            @Override
            public Object[] next() {
                return i < decorated.size() ? decorated.get(i++)[1] : null;
            }
        };
    }

    @Override
    public int width() {
        return input.width();
    }

    @Override
    public String explainTitle() {
        return "Sort";
    }

    @Override
    public List<String> explainDetails() {
        StringBuilder sb = new StringBuilder("Sort Key: ");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            SortKey k = keys.get(i);
            sb.append(k.text());
            if (k.descending()) {
                sb.append(" DESC");
            }
            if (k.nullsFirst() != k.descending()) {
                sb.append(k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
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
