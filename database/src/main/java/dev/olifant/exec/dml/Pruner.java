package dev.olifant.exec.dml;

import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Horizon;
import java.util.List;

/**
 * Pruning on access (PostgreSQL's heap_page_prune_opt, by key rather than by page): a writer that
 * walks the versions of a key anyway, as the unique check does for every new version, removes
 * the ones no snapshot can see any more, with their entries in every index of the table. Hot
 * rows updated over and over thus keep short version lists between vacuums.
 *
 * <p>Safe beside readers for the reasons vacuum is (see {@code dev.olifant.txn.Horizon} and the
 * storage package notes): a removable version is visible to no snapshot and no update chain
 * leads into it, and removing an index entry or slot twice is harmless.
 */
final class Pruner {
    private final Heap heap;
    private final List<TableTarget.IndexTarget> indexes;
    private final Horizon horizon;
    private final boolean canPrune;
    private final int columns;

    Pruner(TableTarget target, Heap heap, Horizon horizon) {
        this.heap = heap;
        this.indexes = target.indexes();
        this.horizon = horizon;
        this.columns = target.table().columns().size();
        boolean plain = true;
        for (TableTarget.IndexTarget ix : indexes) {
            for (int a : ix.attnums()) {
                plain &= a > 0;
            }
        }
        // Only when every index key is plain columns can all of a version's entries be found again.
        this.canPrune = plain && target.indexes().size() == target.table().indexOids().size();
    }

    /** Removes {@code t} (at {@code tid}) when nobody can see it any more; true when it is gone. */
    boolean pruneIfDead(long tid, TupleVersion t) {
        if (!canPrune || !horizon.removableNow(t)) {
            return false;
        }
        Object[] values = t.values();
        if (values.length < columns) {
            return false; // older than an added column: its index keys used the column's missing value
        }
        for (TableTarget.IndexTarget ix : indexes) {
            if (ix.storage() != null) {
                ix.storage().remove(ix.key(values), tid);
            }
        }
        heap.remove(tid);
        return true;
    }
}
