/**
 * Transactions (PostgreSQL's access/transam and storage/lmgr): transaction ids, the commit log,
 * snapshots and tuple visibility.
 *
 * <p><b>States.</b> An xid is running from {@code TransactionManager.assign} until
 * {@code end}; then it is committed, or aborted (remembered in the aborted set). An xid below
 * {@code nextXid} that is neither running nor remembered as aborted is committed.
 *
 * <p><b>The horizon and vacuum.</b> {@link dev.olifant.txn.Horizon} computes the oldest xid that
 * any running transaction (or a snapshot it holds or will take) may still consider running:
 * every transaction registers at begin with the oldest running xid of that moment and leaves at
 * commit or rollback. Versions whose deleter committed below the horizon, or whose creator
 * aborted, are visible to nobody and vacuum removes them (the storage package notes give the
 * invariants that make removal safe beside lock-free readers and update chains).
 *
 * <p><b>Hints.</b> A version's {@code hints} cache its creator's outcome once someone learned
 * it: committed, aborted, or frozen (committed below the horizon: visible to every snapshot).
 * Only the creator's outcome is cached, because it is final and {@code xmin} never changes.
 *
 * <p><b>Forgetting aborts.</b> The aborted set loses an xid once no version can carry it: after a
 * vacuum pass over every table of the cluster that started above it, and once every
 * transaction still running began after that pass ended ({@code Horizon.passFinished}).
 *
 * <p><b>Lock order.</b> A tuple version's monitor (claiming a row) may be held while asking the
 * manager for a state; the manager's lock is never held while taking a version's monitor.
 */
package dev.olifant.txn;
