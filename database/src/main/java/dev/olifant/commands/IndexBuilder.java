package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.storage.Heap;
import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.TextIO;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Creates an index's storage and fills it from the table's heap: every version gets an entry
 * (visibility is decided at the heap), and a unique index first checks that no two rows visible
 * to the statement share a key.
 */
final class IndexBuilder {
    private IndexBuilder() {
    }

    @SuppressWarnings("unchecked")
    static OrderedIndex storageFor(Table table, Index index) {
        int n = index.keyColumns().size();
        Comparator<Object>[] comparators = new Comparator[n];
        boolean[] desc = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            comparators[i] = ValueOps.comparator(table.column(index.keyColumns().get(i)).type());
            desc[i] = index.descending().get(i);
            nullsFirst[i] = index.nullsFirst().get(i);
        }
        return new OrderedIndex(new IndexKeyOrder(comparators, desc, nullsFirst));
    }

    /** Builds the index over the existing rows and attaches it to the table's storage. */
    static void build(Table table, Index index, TableStorage storage, ExecContext ctx) {
        OrderedIndex idx = storageFor(table, index);
        Heap heap = storage.heap();
        long end = heap.size();
        List<Object[]> liveKeys = index.unique() ? new ArrayList<>() : null;
        for (long tid = 0; tid < end; tid++) {
            TupleVersion t = heap.fetch(tid);
            if (t == null) {
                continue;
            }
            Object[] key = key(table, index, t.values());
            if (liveKeys != null && ctx.isVisible(t)) {
                liveKeys.add(key);
            }
            idx.insert(key, tid);
        }
        if (liveKeys != null) {
            checkUnique(table, index, idx, liveKeys);
        }
        storage.addIndex(index.oid(), idx);
        ctx.transaction().onAbort(() -> storage.dropIndex(index.oid()));
    }

    private static void checkUnique(Table table, Index index, OrderedIndex idx, List<Object[]> keys) {
        OrderedIndex seen = storageFor(table, index);
        long n = 0;
        for (Object[] key : keys) {
            boolean hasNull = false;
            for (Object k : key) {
                hasNull |= k == null;
            }
            if (hasNull) {
                continue;
            }
            if (seen.lookup(key).hasNext()) {
                StringBuilder cols = new StringBuilder();
                StringBuilder vals = new StringBuilder();
                for (int i = 0; i < key.length; i++) {
                    Column c = table.column(index.keyColumns().get(i));
                    cols.append(i > 0 ? ", " : "").append(c.name());
                    vals.append(i > 0 ? ", " : "").append(TextIO.output(c.type(), key[i],
                            dev.olifant.types.FormatSettings.defaults(java.time.ZoneOffset.UTC), null));
                }
                throw new PgException(SqlState.UNIQUE_VIOLATION, "could not create unique index \"" + index.name() + "\"")
                        .withDetail("Key (" + cols + ")=(" + vals + ") is duplicated.");
            }
            seen.insert(key, n++);
        }
    }

    static Object[] key(Table table, Index index, Object[] values) {
        Object[] key = new Object[index.keyColumns().size()];
        for (int i = 0; i < key.length; i++) {
            int pos = index.keyColumns().get(i) - 1;
            key[i] = pos < values.length ? values[pos] : table.column(pos + 1).missingValue();
        }
        return key;
    }
}
