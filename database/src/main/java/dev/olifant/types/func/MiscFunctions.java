package dev.olifant.types.func;

import dev.olifant.types.Types;
import java.util.List;
import java.util.UUID;

/** pg_sleep (interruptible), gen_random_uuid, num_nulls / num_nonnulls. */
final class MiscFunctions {
    private MiscFunctions() {
    }

    /** The longest pg_sleep waits between two cancellation checks. */
    static final long SLEEP_SLICE_MILLIS = 50;

    static void register(BuiltinCatalog c) {
        c.fn("pg_sleep", Types.VOID, true, Volatility.VOLATILE, (ctx, a) -> {
            double seconds = (Double) a[0];
            long deadline = System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
            while (true) {
                ctx.checkInterrupts();
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return null;
                }
                try {
                    Thread.sleep(Math.min(SLEEP_SLICE_MILLIS, Math.max(1, remaining / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ctx.checkInterrupts();
                    return null;
                }
            }
        }, Types.FLOAT8);
        c.add(new FunctionDef("pg_typeof", List.of(Types.ANY), Types.REGTYPE, false, Volatility.STABLE, 0, false,
                false, (args, res) -> {
                    Long oid = (long) args.get(0).oid();
                    return (ctx, a) -> oid;
                }));
        c.fn("gen_random_uuid", Types.UUID, true, Volatility.VOLATILE, (ctx, a) -> UUID.randomUUID());
        c.add(new FunctionDef("num_nulls", List.of(Types.ANY), Types.INT4, false, Volatility.IMMUTABLE, 0, true, false,
                Binder.of((ctx, a) -> countNulls(a, true))));
        c.add(new FunctionDef("num_nonnulls", List.of(Types.ANY), Types.INT4, false, Volatility.IMMUTABLE, 0, true,
                false, Binder.of((ctx, a) -> countNulls(a, false))));
    }

    private static int countNulls(Object[] a, boolean nulls) {
        int n = 0;
        for (Object o : a) {
            if ((o == null) == nulls) {
                n++;
            }
        }
        return n;
    }
}
