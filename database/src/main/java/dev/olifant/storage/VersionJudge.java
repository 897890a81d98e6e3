package dev.olifant.storage;

/**
 * Decides, for vacuum, what a tuple version is to every transaction at once (PostgreSQL's
 * HeapTupleSatisfiesVacuum). Storage knows transaction ids only as numbers; the implementation
 * lives with the commit log in {@code dev.olifant.txn}.
 */
@FunctionalInterface
public interface VersionJudge {

    /** What a version is to every snapshot that exists or can still be taken. */
    enum Verdict {
        /** Visible, or possibly visible, to some transaction (inserted or deleted by one still running included). */
        LIVE,
        /** Deleted by a committed transaction that some snapshot may still not see as committed. */
        RECENTLY_DEAD,
        /** Visible to no snapshot that exists or can be taken: its slot and index entries can go. */
        REMOVABLE
    }

    Verdict judge(TupleVersion version);
}
