/**
 * Tables and indexes (PostgreSQL's access/heap and access/nbtree). A table is a heap of MVCC tuple
 * versions addressed by tuple id; an index is an ordered map from key to tuple ids. Storage knows
 * transaction ids only as numbers: deciding visibility is the business of {@code dev.olifant.txn}.
 *
 * <p>The API stays narrow (scan, fetch by tuple id, insert, delete-mark, index lookup) so that a
 * paged, larger-than-memory heap can replace this one without touching the layers above.
 */
package dev.olifant.storage;
