package dev.olifant.session;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.txn.Transaction;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions over other sessions and their locks: pg_blocking_pids(), PostgreSQL's isolation
 * tester's pg_isolation_test_session_is_blocked(), pg_cancel_backend() and
 * pg_terminate_backend().
 */
final class SessionFunctions {
    private SessionFunctions() {
    }

    /** The call, or null when {@code name} with this many arguments is not one of these functions. */
    static Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location) {
        int n = args.size();
        return switch (name) {
            case "pg_blocking_pids" -> n == 1 ? call(name, args, new PgType[] {Types.INT4}, Types.INT4_ARRAY, ctx,
                    location, (c, a) -> pids(instance(c).locks().blockingPids((Integer) a[0]))) : null;
            case "pg_safe_snapshot_blocking_pids" -> n == 1 ? call(name, args, new PgType[] {Types.INT4},
                    Types.INT4_ARRAY, ctx, location, (c, a) -> pids(safeSnapshotBlockers(instance(c), (Integer) a[0])))
                    : null;
            case "pg_isolation_test_session_is_blocked" -> n == 2 ? call(name, args,
                    new PgType[] {Types.INT4, Types.INT4_ARRAY}, Types.BOOL, ctx, location,
                    (c, a) -> isBlocked(instance(c), (Integer) a[0], (ArrayValue) a[1])) : null;
            case "pg_cancel_backend" -> n == 1 ? call(name, args, new PgType[] {Types.INT4}, Types.BOOL, ctx,
                    location, (c, a) -> instance(c).cancel((Integer) a[0])) : null;
            case "pg_terminate_backend" -> n == 1 || n == 2 ? call(name, args,
                    n == 1 ? new PgType[] {Types.INT4} : new PgType[] {Types.INT4, Types.INT8}, Types.BOOL, ctx,
                    location, (c, a) -> terminate((ExecContext) c, (Integer) a[0])) : null;
            default -> AdvisoryLockFunctions.resolve(name, args, ctx, location);
        };
    }

    private static Instance instance(dev.olifant.types.EvalContext c) {
        return ((PgSession) ((ExecContext) c).services()).instance();
    }

    private static ArrayValue pids(int[] pids) {
        Object[] boxed = new Object[pids.length];
        for (int i = 0; i < pids.length; i++) {
            boxed[i] = pids[i];
        }
        return ArrayValue.oneDimensional(Types.INT4, boxed);
    }

    /**
     * The sessions whose serializable read-write transactions the READ ONLY DEFERRABLE
     * transaction of session {@code pid} waits for before its snapshot is safe.
     */
    private static int[] safeSnapshotBlockers(Instance instance, int pid) {
        PgSession s = instance.session(pid);
        Transaction waiter = s == null ? null : s.tx.current();
        if (waiter == null) {
            return new int[0];
        }
        List<Transaction> blockers = instance.cluster().transactions().serializable().safeSnapshotBlockers(waiter);
        if (blockers.isEmpty()) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        for (PgSession other : instance.sessions()) {
            if (other != s && blockers.contains(other.tx.current())) {
                out.add(other.processId());
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * True when {@code pid} waits for a lock held (or queued ahead) by one of {@code interesting},
     * or waits for a safe snapshot (as PostgreSQL's, whoever it waits for).
     */
    private static boolean isBlocked(Instance instance, int pid, ArrayValue interesting) {
        PgSession s = instance.session(pid);
        Transaction t = s == null ? null : s.tx.current();
        if (t != null && !instance.cluster().transactions().serializable().safeSnapshotBlockers(t).isEmpty()) {
            return true;
        }
        int[] blockers = instance.locks().blockingPids(pid);
        for (Object o : interesting.elements()) {
            for (int b : blockers) {
                if (o instanceof Integer i && i == b) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Expression call(String name, List<Expression> args, PgType[] types, PgType result,
            AnalysisContext ctx, int location, Invokable fn) {
        Expression[] a = new Expression[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ExpressionAnalysis.coerce(ctx, args.get(i), types[i], -1, location);
        }
        return new Call(name, fn, a, true, false, result, -1);
    }

    /** A session that terminates itself ends at once, as PostgreSQL's next interrupt check makes it. */
    private static boolean terminate(ExecContext c, int pid) {
        boolean found = instance(c).terminate(pid);
        if (found && pid == c.services().processId()) {
            c.checkInterrupts();
        }
        return found;
    }
}
