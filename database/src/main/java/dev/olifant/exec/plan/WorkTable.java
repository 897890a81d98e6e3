package dev.olifant.exec.plan;

import java.util.List;

/**
 * The working table of a recursive query: the rows the previous iteration produced, which the
 * recursive term reads through {@link WorkTableScan}. Owned by one {@link RecursiveUnion}; a
 * statement runs in one session's thread, so the holder needs no locking.
 */
public final class WorkTable {
    private List<Object[]> rows = List.of();

    List<Object[]> rows() {
        return rows;
    }

    void set(List<Object[]> rows) {
        this.rows = rows;
    }
}
