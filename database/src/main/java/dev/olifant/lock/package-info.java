/**
 * The lock manager (PostgreSQL's storage/lmgr): heavyweight table locks in the eight modes of
 * PostgreSQL's conflict table, held to transaction end; row locks in the four tuple-lock modes
 * (several sharers of one row are kept as a set of lockers, PostgreSQL's MultiXact); waits for a
 * transaction to end; and one wait-for graph over all of them, searched for deadlocks after
 * {@code deadlock_timeout} (40P01).
 *
 * <p>Each session has one {@link dev.olifant.lock.Locker} (PostgreSQL's PGPROC): the graph's
 * nodes are lockers, so a transaction without an xid (a reader waiting for a table lock) takes
 * part in it too. Lock order: the {@link dev.olifant.lock.LockManager}'s lock is never held while
 * waiting; a tuple version's monitor (taken by {@link dev.olifant.lock.RowLocks}'s callers) may be
 * held while the row-lock table is consulted, never the other way round.
 */
package dev.olifant.lock;
