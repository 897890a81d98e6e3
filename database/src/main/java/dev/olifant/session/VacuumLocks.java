package dev.olifant.session;

import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.LockTag;
import dev.olifant.lock.Locker;
import dev.olifant.lock.WaitPolicy;

/**
 * The table locks of VACUUM and ANALYZE. PostgreSQL runs VACUUM (and ANALYZE of several tables
 * outside a transaction block) as one transaction per table, so each table's lock is held only
 * while that table is worked on; here the lock is taken in the session's transaction and
 * released again when the table is done. A lock the transaction held already stays.
 */
final class VacuumLocks {
    /** A lock taken: what to release, and whether releasing it is this command's business. */
    record Held(LockTag tag, LockMode mode, boolean release) {
    }

    private final PgSession session;
    private final boolean perTable;

    /** @param perTable whether each table's locks end with the table (else with the transaction) */
    VacuumLocks(PgSession session, boolean perTable) {
        this.session = session;
        this.perTable = perTable;
    }

    /**
     * Locks relation {@code oid}, waiting as the session's settings say or, with
     * {@code skipLocked}, only if the lock is free at once.
     *
     * @return the lock, or null when {@code skipLocked} found it taken
     */
    Held lock(long oid, LockMode mode, boolean skipLocked) {
        Locker l = session.locker();
        LockTag tag = l.relation(oid);
        boolean had = l.manager().holds(l, tag, mode);
        WaitPolicy w = TableLocks.waits(session, session.interrupts::check);
        if (!l.manager().tryLock(l, tag, mode, skipLocked ? w.withNowait() : w)) {
            return null;
        }
        return new Held(tag, mode, !had);
    }

    /** Ends a lock taken for one table's work, when the command's tables each have their own. */
    void done(Held held) {
        if (perTable) {
            release(held);
        }
    }

    /** Releases a transient lock (one that protects a name lookup), whatever the command's scope. */
    void release(Held held) {
        if (held != null && held.release()) {
            Locker l = session.locker();
            l.manager().unlock(l, held.tag(), held.mode());
        }
    }
}
