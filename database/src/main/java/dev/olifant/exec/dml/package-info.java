/**
 * Data modification (PostgreSQL's nodeModifyTable and heapam's insert/update/delete): writing
 * tuple versions, maintaining indexes, enforcing NOT NULL, CHECK and unique constraints under
 * MVCC, and the protocol for rows a concurrent transaction changed. Foreign keys are enforced at
 * the end of each statement ({@link dev.olifant.exec.dml.ForeignKeys}, PostgreSQL's RI triggers);
 * deferred foreign key and DEFERRABLE unique checks wait in the transaction's
 * {@link dev.olifant.exec.dml.DeferredConstraints} until commit or SET CONSTRAINTS … IMMEDIATE.
 * Writes through a partitioned table go to its leaf partitions
 * ({@link dev.olifant.exec.dml.LeafWriters}); a row an UPDATE or MERGE moves to another partition
 * leaves a version marked moved behind, which concurrent writers and lockers report as 40001.
 * Triggers fire as trigger.c fires them ({@link dev.olifant.exec.dml.RowTriggers}): statement
 * triggers on the table the statement names, row triggers on the table a row is written in (for
 * a partition, its own and the clones of its partitioned ancestors'), TRUNCATE's per truncated
 * table ({@link dev.olifant.exec.dml.TruncateTriggers}). The foreign key queue is the statement's
 * after-trigger queue: its AFTER triggers, and the referencing tables' triggers that the
 * referential actions fire ({@link dev.olifant.exec.dml.ActionTriggers}), fire in it in
 * PostgreSQL's order.
 *
 * <p>Lock order: a tuple version's monitor guards its xmax; a unique index's monitor guards
 * "check then insert entry". Neither is held while waiting for another transaction.
 */
package dev.olifant.exec.dml;
