package dev.olifant.lock;

/**
 * The eight table lock modes, weakest first, with PostgreSQL's conflict table (lock.c's
 * LockConflicts) and the names pg_locks shows.
 */
public enum LockMode {
    ACCESS_SHARE("AccessShareLock"),
    ROW_SHARE("RowShareLock"),
    ROW_EXCLUSIVE("RowExclusiveLock"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
    SHARE("ShareLock"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
    EXCLUSIVE("ExclusiveLock"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock");

    private static final LockMode[] VALUES = values();
    private final String displayName;
    private int conflictMask;

    static {
        conflicts(ACCESS_SHARE, ACCESS_EXCLUSIVE);
        conflicts(ROW_SHARE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(ROW_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(SHARE_UPDATE_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
        conflicts(SHARE_ROW_EXCLUSIVE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(EXCLUSIVE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                ACCESS_EXCLUSIVE);
        conflicts(ACCESS_EXCLUSIVE, VALUES);
    }

    LockMode(String displayName) {
        this.displayName = displayName;
    }

    private static void conflicts(LockMode mode, LockMode... others) {
        for (LockMode o : others) {
            mode.conflictMask |= o.bit();
        }
    }

    /** The name pg_locks.mode shows, e.g. {@code RowExclusiveLock}. */
    public String displayName() {
        return displayName;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The modes this one conflicts with, as a bit mask over ordinals. */
    int conflictMask() {
        return conflictMask;
    }

    public boolean conflictsWith(LockMode other) {
        return (conflictMask & other.bit()) != 0;
    }

    /** True when this mode conflicts with any mode in {@code mask}. */
    boolean conflictsWithAny(int mask) {
        return (conflictMask & mask) != 0;
    }

    static LockMode ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
