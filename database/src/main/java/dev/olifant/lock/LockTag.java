package dev.olifant.lock;

/**
 * What a heavyweight lock is taken on (PostgreSQL's LOCKTAG): a relation of a database, a row
 * version of a relation, or an advisory lock key.
 */
public sealed interface LockTag {

    long database();

    /** pg_locks' locktype. */
    String lockType();

    /** How deadlock reports name the object, e.g. {@code relation 16384 of database 5}. */
    String describe();

    /** A table, index, sequence or view, by OID. */
    record Relation(long database, long relation) implements LockTag {
        @Override
        public String lockType() {
            return "relation";
        }

        @Override
        public String describe() {
            return "relation " + relation + " of database " + database;
        }
    }

    /**
     * An advisory lock: one bigint key ({@code pg_advisory_lock(bigint)}, stored as its high and
     * low halves with {@code objsubid} 1) or two integer keys ({@code objsubid} 2).
     */
    record Advisory(long database, long classid, long objid, int objsubid) implements LockTag {
        public static Advisory of(long database, long key) {
            return new Advisory(database, key >>> 32, key & 0xFFFFFFFFL, 1);
        }

        public static Advisory of(long database, int key1, int key2) {
            return new Advisory(database, key1 & 0xFFFFFFFFL, key2 & 0xFFFFFFFFL, 2);
        }

        @Override
        public String lockType() {
            return "advisory";
        }

        @Override
        public String describe() {
            return "advisory lock [" + database + "," + classid + "," + objid + "," + objsubid + "]";
        }
    }

    /**
     * A row version of a relation (PostgreSQL's tuple lock): taken by a session about to wait for
     * a row's locker or updater and held until it has the row, so waiters for one row are served
     * in the order they came, whoever the transaction they wait for wakes first.
     */
    record Tuple(long database, long relation, long tid) implements LockTag {
        @Override
        public String lockType() {
            return "tuple";
        }

        @Override
        public String describe() {
            return "tuple (0," + tid + ") of relation " + relation + " of database " + database;
        }
    }
}
