package dev.olifant.exec;

import dev.olifant.lock.LockMode;
import dev.olifant.lock.Locker;
import dev.olifant.lock.WaitPolicy;
import java.util.function.Supplier;

/**
 * Taking locks for a statement: table locks on the relations it uses (held to transaction end,
 * as PostgreSQL's) and the wait policy every lock wait of the statement follows (lock_timeout,
 * deadlock_timeout, cancel and statement_timeout).
 */
public final class TableLocks {
    private TableLocks() {
    }

    /** How this statement waits for locks. */
    public static WaitPolicy waits(ExecContext ctx) {
        return waits(ctx.services(), ctx::checkInterrupts);
    }

    /** How a session waits for locks, checking {@code interrupts} while it waits. */
    public static WaitPolicy waits(SessionServices s, Runnable interrupts) {
        return new WaitPolicy(false, s.lockTimeoutMillis(), s.deadlockTimeoutMillis(), interrupts);
    }

    /** Locks relation {@code oid} in {@code mode}, waiting as the session's settings say. */
    public static void lock(ExecContext ctx, long oid, LockMode mode, boolean nowait, Supplier<String> name) {
        lock(ctx.services(), ctx::checkInterrupts, oid, mode, nowait, name);
    }

    /** Locks relation {@code oid} for the session's transaction (before its statement has a context). */
    public static void lock(SessionServices s, Runnable interrupts, long oid, LockMode mode, boolean nowait,
            Supplier<String> name) {
        Locker l = s.locker();
        WaitPolicy w = waits(s, interrupts);
        l.manager().lockRelation(l, l.relation(oid), mode, nowait ? w.withNowait() : w, name);
    }
}
