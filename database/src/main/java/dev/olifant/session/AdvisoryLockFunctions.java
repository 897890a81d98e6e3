package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.LockTag;
import dev.olifant.lock.Locker;
import dev.olifant.lock.WaitPolicy;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;

/**
 * PostgreSQL's advisory lock functions: {@code pg_[try_]advisory_[xact_]lock[_shared]},
 * {@code pg_advisory_unlock[_shared]} and {@code pg_advisory_unlock_all}, keyed by one bigint or
 * two integers. Session-level locks outlive transactions and count re-acquisitions; the
 * {@code xact} forms last to transaction end. Exclusive locks are ExclusiveLock, shared ones
 * ShareLock, waiting in the same queues and deadlock search as table locks.
 */
final class AdvisoryLockFunctions {
    /**
     * The value of a void result: not NULL (in PostgreSQL {@code pg_advisory_lock(1) IS NOT NULL}
     * holds, which isolation tests use to block inside a WHERE clause), sent as an empty value.
     */
    private static final String VOID = "";

    private AdvisoryLockFunctions() {
    }

    /** The call, or null when {@code name} is not an advisory lock function taking these arguments. */
    static Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location) {
        if (!name.startsWith("pg_") || !name.contains("advisory")) {
            return null;
        }
        int n = args.size();
        if (name.equals("pg_advisory_unlock_all")) {
            return n == 0 ? new Call(name, (c, a) -> {
                Locker l = locker(c);
                l.manager().releaseSessionLocks(l);
                return VOID;
            }, new Expression[0], false, false, Types.VOID, -1) : null;
        }
        if (n != 1 && n != 2) {
            return null;
        }
        boolean shared = name.endsWith("_shared");
        String base = shared ? name.substring(0, name.length() - "_shared".length()) : name;
        LockMode mode = shared ? LockMode.SHARE : LockMode.EXCLUSIVE;
        Expression[] a = new Expression[n];
        for (int i = 0; i < n; i++) {
            a[i] = ExpressionAnalysis.coerce(ctx, args.get(i), n == 1 ? Types.INT8 : Types.INT4, -1, location);
        }
        return switch (base) {
            case "pg_advisory_lock" -> call(name, a, Types.VOID, (c, l, tag) -> {
                l.manager().lockSession(l, tag, mode, waits(c));
                return VOID;
            });
            case "pg_try_advisory_lock" -> call(name, a, Types.BOOL,
                    (c, l, tag) -> l.manager().lockSession(l, tag, mode, waits(c).withNowait()));
            case "pg_advisory_xact_lock" -> call(name, a, Types.VOID, (c, l, tag) -> {
                l.manager().tryLock(l, tag, mode, waits(c));
                return VOID;
            });
            case "pg_try_advisory_xact_lock" -> call(name, a, Types.BOOL,
                    (c, l, tag) -> l.manager().tryLock(l, tag, mode, waits(c).withNowait()));
            case "pg_advisory_unlock" -> call(name, a, Types.BOOL, (c, l, tag) -> {
                if (l.manager().unlockSession(l, tag, mode)) {
                    return true;
                }
                ((PgSession) c.services()).notice(new PgException(SqlState.WARNING, "you don't own a lock of type "
                        + mode.displayName()).withSeverity(dev.olifant.error.Severity.WARNING));
                return false;
            });
            default -> null;
        };
    }

    private interface LockOp {
        Object apply(ExecContext ctx, Locker locker, LockTag tag);
    }

    private static Expression call(String name, Expression[] args, PgType result, LockOp op) {
        return new Call(name, (c, a) -> {
            ExecContext ctx = (ExecContext) c;
            Locker l = ctx.services().locker();
            LockTag tag = a.length == 1 ? LockTag.Advisory.of(l.database(), (Long) a[0])
                    : LockTag.Advisory.of(l.database(), (Integer) a[0], (Integer) a[1]);
            return op.apply(ctx, l, tag);
        }, args, true, false, result, -1);
    }

    private static Locker locker(dev.olifant.types.EvalContext c) {
        return ((ExecContext) c).services().locker();
    }

    private static WaitPolicy waits(ExecContext ctx) {
        return TableLocks.waits(ctx);
    }
}
