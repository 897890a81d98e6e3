package dev.olifant.txn.ssi;

/**
 * The dangerous-structure tests of SSI: T1 →rw T2 →rw T3 where T3 commits first is the only
 * shape a non-serializable history can take (Fekete et al.), so a transaction is rolled back
 * when a new rw-conflict could complete one. These are PostgreSQL's
 * OnConflict_CheckForSerializationFailure and PreCommit_CheckForSerializationFailure, including
 * their read-only refinements (a read-only T1 only matters when T3 committed before T1's
 * snapshot). Called under {@link SerializableManager}'s monitor.
 */
final class DangerousStructures {
    private DangerousStructures() {
    }

    /** True when the new conflict {@code reader} →rw {@code writer} completes a dangerous structure. */
    static boolean failsOnConflict(SerializableXact reader, SerializableXact writer) {
        // reader →rw writer →rw T2, with the writer already committed after a conflict out to a
        // transaction that committed before it.
        if (writer.committed() && (writer.conflictOut || writer.summaryConflictOut)) {
            return true;
        }
        // reader →rw writer →rw t2, t2 committed (or prepared) first.
        for (SerializableXact t2 : writer.outConflicts) {
            if (t2.prepared() && !t2.rolledBack
                    && (!reader.committed() || t2.prepareSeq <= reader.commitSeq)
                    && (!writer.committed() || t2.prepareSeq <= writer.commitSeq)
                    && (!reader.readOnly || t2.prepareSeq <= reader.lastCommitBeforeSnapshot)) {
                return true;
            }
        }
        // t0 →rw reader →rw writer, the writer committed (or prepared) first.
        if (writer.prepared() && !reader.readOnly) {
            for (SerializableXact t0 : reader.inConflicts) {
                if (!t0.doomed && !t0.rolledBack
                        && (!t0.committed() || t0.commitSeq >= writer.prepareSeq)
                        && (!t0.readOnly || t0.lastCommitBeforeSnapshot >= writer.prepareSeq)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Before {@code me} commits: for every running transaction T0 →rw me that itself has a
     * conflict in from a transaction still able to commit (or from me), T0 is a pivot whose T3
     * (me) is about to commit first; T0 is doomed so that it fails when it next checks.
     */
    static void doomPivotsBeforeCommit(SerializableXact me) {
        for (SerializableXact near : me.inConflicts) {
            if (near.committed() || near.doomed || near.rolledBack) {
                continue;
            }
            for (SerializableXact far : near.inConflicts) {
                if (far == me || !far.committed() && !far.readOnly && !far.doomed && !far.rolledBack) {
                    if (near.prepared()) {
                        // the pivot is committing right now and can no longer be stopped
                        throw SerializationFailure.of("Canceled on commit attempt with conflict in from prepared pivot");
                    }
                    near.doomed = true;
                    break;
                }
            }
        }
    }
}
