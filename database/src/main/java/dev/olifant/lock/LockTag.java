package dev.olifant.lock;

/**
 * What a heavyweight lock is taken on (PostgreSQL's LOCKTAG of locktype {@code relation}): a
 * table, index, sequence or view of a database, by OID.
 */
public record LockTag(long database, long relation) {
}
