/**
 * Transactions (PostgreSQL's access/transam and storage/lmgr): transaction ids, the commit log,
 * snapshots and tuple visibility. See {@code README.md} beside this file for states, invariants
 * and lock order.
 */
package dev.olifant.txn;
