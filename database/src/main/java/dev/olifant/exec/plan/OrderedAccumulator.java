package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aggregate with ORDER BY in its argument list ({@code string_agg(x, ',' ORDER BY y)}): rows
 * are buffered with their sort values (the arguments after the first {@code argCount}) and fed to
 * the aggregate in sort order when the result is asked for. The sort is stable.
 */
public final class OrderedAccumulator implements Accumulator {
    private final Accumulator inner;
    private final int argCount;
    private final List<SortKey> keys;
    private final List<Object[]> rows = new ArrayList<>();
    private boolean fed;

    public OrderedAccumulator(Accumulator inner, int argCount, List<SortKey> keys) {
        this.inner = inner;
        this.argCount = argCount;
        this.keys = keys;
    }

    @Override
    public void add(Object[] args, ExecContext ctx) {
        rows.add(args.clone());
    }

    @Override
    public Object result(ExecContext ctx) {
        if (!fed) {
            rows.sort((a, b) -> {
                for (int i = 0; i < keys.size(); i++) {
                    int c = keys.get(i).compare(a[argCount + i], b[argCount + i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            for (Object[] r : rows) {
                inner.add(Arrays.copyOf(r, argCount), ctx);
            }
            fed = true;
        }
        return inner.result(ctx);
    }
}
