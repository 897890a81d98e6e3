package dev.olifant.storage;

/**
 * One version of a row, like PostgreSQL's heap tuple header plus data.
 *
 * <p>{@code xmin}/{@code cmin} name the transaction and command that created it; {@code xmax}
 * the transaction that deleted or replaced it (0 while live) or that holds a row lock on it, and
 * {@code cmax} the command. When an UPDATE replaced this version, {@code next} is the tuple id of
 * the newer one (PostgreSQL's t_ctid chain), which READ COMMITTED follows to re-check rows.
 * {@code xmax} is written only under the row's table-level write latch; readers read it racily
 * and rely on the commit log to interpret it.
 *
 * <p>{@code hints} caches what the commit log said about {@code xmin}, as PostgreSQL's hint bits
 * and frozen xmin do: once a reader learns the creator committed or aborted, later readers need
 * not ask again. Only {@code xmin}'s outcome is cached: it never changes, whereas {@code xmax}
 * may be replaced (an aborted deleter's or a finished locker's). Losing a hint to a race costs
 * only a lookup; a hint is never wrong because the outcome it records is final.
 */
public final class TupleVersion {
    public static final long NO_NEXT = -1;
    /**
     * The update link of a version a cross-partition UPDATE deleted: the row lives on as a new
     * version in another partition, which no link can name (PostgreSQL's
     * ItemPointerSetMovedPartitions). Waiters tell it from a plain delete by this value: a READ
     * COMMITTED writer or locker that finds it fails with 40001 instead of skipping the row.
     * Like {@link #NO_NEXT} it links to no version.
     */
    public static final long MOVED = -2;

    private final long xmin;
    private final int cmin;
    private final Object[] values;
    private volatile long xmax;
    private volatile int cmax;
    private volatile long next = NO_NEXT;
    /** True when {@code xmax} only locks the row (SELECT FOR UPDATE) rather than deleting it. */
    private volatile boolean lockOnly;
    private volatile byte hints;

    /** Hint: {@code xmin} committed. */
    public static final byte XMIN_COMMITTED = 1;
    /** Hint: {@code xmin} aborted. */
    public static final byte XMIN_ABORTED = 2;
    /**
     * Hint: {@code xmin} committed before every snapshot that exists or will exist (PostgreSQL's
     * frozen xmin): the version's creation is visible to everyone.
     */
    public static final byte XMIN_FROZEN = 4;

    public TupleVersion(long xmin, int cmin, Object[] values) {
        this.xmin = xmin;
        this.cmin = cmin;
        this.values = values;
    }

    public long xmin() {
        return xmin;
    }

    public int cmin() {
        return cmin;
    }

    /** The column values; callers must not modify the array. */
    public Object[] values() {
        return values;
    }

    public long xmax() {
        return xmax;
    }

    public int cmax() {
        return cmax;
    }

    public long next() {
        return next;
    }

    /** Whether a cross-partition UPDATE deleted this version ({@link #MOVED}). */
    public boolean moved() {
        return next == MOVED;
    }

    public boolean lockOnly() {
        return lockOnly;
    }

    public byte hints() {
        return hints;
    }

    /** Records a final fact about {@code xmin} (one of the {@code XMIN_*} hints). */
    public void hint(byte hint) {
        hints = (byte) (hints | hint);
    }

    /** {@code xmax}, the update link and whether {@code xmax} only locks, as one consistent reading. */
    public record Deleter(long xmax, long next, boolean lockOnly) {
    }

    /**
     * Reads the three deleter fields together. Writers change them while holding this version's
     * monitor, so a reader taking it never sees a lock's xmax with an update's link or the reverse.
     */
    public synchronized Deleter deleter() {
        return new Deleter(xmax, next, lockOnly);
    }

    /** Marks this version deleted (or replaced, when {@code nextTid} is not {@link #NO_NEXT}) by {@code xid}. */
    public void markDeleted(long xid, int cid, long nextTid) {
        this.cmax = cid;
        this.next = nextTid;
        this.lockOnly = false;
        this.xmax = xid;
    }

    /** Records a row lock by {@code xid} without deleting. */
    public void markLocked(long xid) {
        this.lockOnly = true;
        this.next = NO_NEXT;
        this.xmax = xid;
    }

    /** Forgets an xmax left by an aborted transaction (hint-bit style cleanup). */
    public void clearXmax() {
        this.xmax = 0;
        this.next = NO_NEXT;
        this.lockOnly = false;
    }
}
