/**
 * Tables and indexes (PostgreSQL's access/heap and access/nbtree). A table is a heap of MVCC tuple
 * versions addressed by tuple id; an index is an ordered map from key to tuple ids. Storage knows
 * transaction ids only as numbers: deciding visibility is the business of {@code dev.olifant.txn}.
 *
 * <p>The API stays narrow (scan, fetch by tuple id, insert, delete-mark, index lookup) so that a
 * paged, larger-than-memory heap can replace this one without touching the layers above.
 *
 * <h2>Reclaiming dead versions</h2>
 * {@link dev.olifant.storage.Vacuum} (VACUUM and autovacuum) and pruning on access (a writer's
 * unique check) remove versions that a {@link dev.olifant.storage.VersionJudge} calls removable:
 * their creator aborted, or their deleter committed below the global xmin horizon
 * ({@code dev.olifant.txn.Horizon}). Index entries go first, then the heap slot
 * ({@link dev.olifant.storage.Heap#remove}); a heap chunk whose slots are all removed is freed.
 * Tuple ids are never reused, so a stale tuple id (in an index entry, an iterator, an update
 * link) can only ever lead to null, never to another row. Nothing takes a lock for this; the
 * invariants that make it safe:
 * <ol>
 * <li><b>Nobody can see a removable version.</b> Every snapshot that exists or can be taken has
 * an xmin at or above the horizon, so to each of them a deleter below the horizon committed,
 * and an aborted creator never happened. A scan that still meets such a version (it fetched it
 * before the slot was cleared) finds it invisible, as before.</li>
 * <li><b>Readers tolerate holes.</b> Sequential scans, index scans, unique checks and update
 * chains treat a null slot as "no version here"; iterators over an index are weakly consistent
 * and skip or return removed entries harmlessly.</li>
 * <li><b>No update chain leads into a removable version.</b> READ COMMITTED follows
 * {@code next} links from a version its statement's snapshot saw (or found live) to the newest
 * one, and only across links whose deleter committed. Each version after the start was made
 * dead, if at all, by a transaction that committed after that snapshot was taken, so its xid is
 * at or above the snapshot's holder's registered xmin, hence at or above the horizon: none of
 * them is removable while the follower runs. A link left by an aborted updater points to a
 * version that may be removed, and is never followed; the next writer of that version replaces
 * it (and vacuum clears it).</li>
 * <li><b>The horizon never moves backwards</b>, so a decision made against an older horizon
 * stays right.</li>
 * </ol>
 *
 * <h2>Statistics</h2>
 * Each table's {@link dev.olifant.storage.TableStats} counts dead versions for autovacuum and
 * holds the {@link dev.olifant.storage.RelationStatistics} the last ANALYZE gathered (row and
 * page counts, and per column the NULL fraction, distinct values, most common values and
 * histogram: PostgreSQL's pg_class and pg_statistic), published as one immutable value that the
 * planner reads without a lock. Like PostgreSQL's, they are estimates: an ANALYZE in a
 * transaction that rolls back keeps what it found, and they are not yet written to the WAL.
 */
package dev.olifant.storage;
