package dev.olifant.lock;

/**
 * The four row lock strengths (PostgreSQL's LockTupleMode), weakest first: FOR KEY SHARE, FOR
 * SHARE, FOR NO KEY UPDATE (taken by an UPDATE that leaves key columns alone) and FOR UPDATE
 * (taken by DELETE and by an UPDATE of a key column).
 */
public enum RowLockMode {
    KEY_SHARE("ForKeyShare", "FOR KEY SHARE"),
    SHARE("ForShare", "FOR SHARE"),
    NO_KEY_UPDATE("ForNoKeyUpdate", "FOR NO KEY UPDATE"),
    UPDATE("ForUpdate", "FOR UPDATE");

    private final String displayName;
    private final String sql;

    RowLockMode(String displayName, String sql) {
        this.displayName = displayName;
        this.sql = sql;
    }

    /** heap_lock_tuple's conflict table (tupleLockExtraInfo). */
    public boolean conflictsWith(RowLockMode other) {
        return switch (this) {
            case KEY_SHARE -> other == UPDATE;
            case SHARE -> other == NO_KEY_UPDATE || other == UPDATE;
            case NO_KEY_UPDATE -> other != KEY_SHARE;
            case UPDATE -> true;
        };
    }

    /** The name pg_locks shows for a tuple lock of this strength. */
    public String displayName() {
        return displayName;
    }

    /** The clause spelling, for messages ({@code FOR NO KEY UPDATE}). */
    public String sql() {
        return sql;
    }

    /** The stronger of two modes. */
    public RowLockMode max(RowLockMode other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
