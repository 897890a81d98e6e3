package dev.olifant.lock;

import java.util.function.ObjIntConsumer;

/**
 * One locker's weak relation locks taken without the lock table (PostgreSQL's fast-path locks,
 * {@code FP_LOCK_SLOTS_PER_BACKEND}): up to {@link #SLOTS} relations, each with a mask of the
 * weak modes held (ACCESS SHARE, ROW SHARE, ROW EXCLUSIVE).
 *
 * <p>Guarded by this object's monitor: the owning session adds and clears its entries under it,
 * and a session taking a strong lock moves the entries for its relation into the lock table
 * under it (see {@link LockManager}). Not thread-safe otherwise.
 */
final class FastPathLocks {
    /** As many relations as PostgreSQL 15 keeps per backend; more go to the lock table. */
    static final int SLOTS = 16;

    private final LockTag.Relation[] tags = new LockTag.Relation[SLOTS];
    private final int[] modes = new int[SLOTS];
    private int used;

    /** The mask of modes held on {@code tag} through this fast path, 0 when none. */
    int modes(LockTag tag) {
        int i = indexOf(tag);
        return i < 0 ? 0 : modes[i];
    }

    /** Records {@code bit} on {@code tag}; false when every slot is taken by another relation. */
    boolean add(LockTag.Relation tag, int bit) {
        int i = indexOf(tag);
        if (i >= 0) {
            modes[i] |= bit;
            return true;
        }
        if (used == SLOTS) {
            return false;
        }
        tags[used] = tag;
        modes[used++] = bit;
        return true;
    }

    /** Removes {@code tag}'s entry, returning the modes it held (0 when it had none). */
    int remove(LockTag tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return 0;
        }
        int mask = modes[i];
        used--;
        tags[i] = tags[used];
        modes[i] = modes[used];
        tags[used] = null;
        return mask;
    }

    boolean isEmpty() {
        return used == 0;
    }

    void clear() {
        java.util.Arrays.fill(tags, 0, used, null);
        used = 0;
    }

    void forEach(ObjIntConsumer<LockTag.Relation> action) {
        for (int i = 0; i < used; i++) {
            action.accept(tags[i], modes[i]);
        }
    }

    private int indexOf(LockTag tag) {
        for (int i = 0; i < used; i++) {
            if (tags[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }
}
