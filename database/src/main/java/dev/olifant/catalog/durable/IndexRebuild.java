package dev.olifant.catalog.durable;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.IndexExpressions;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.Heap;
import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.ValueOps;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Builds every index of every table from its heap after replay (indexes are not logged), each
 * one in bulk: keys gathered, sorted once, the index built from the sorted run; the indexes are
 * built in parallel, largest first.
 *
 * <p>Crash recovery builds them in the background ({@link #start}): the server opens as soon as
 * replay is done, and every access to a table's indexes waits until they are built ({@link
 * TableStorage#indexesBuiltBy}), so a query, a unique check or a vacuum never sees an index that
 * lacks a recovered version. Each build reads its heap only below the size it had when recovery
 * ended: a version stored after the server opened gets its index entries from its writer, who
 * waited for the build first.
 */
final class IndexRebuild {
    private IndexRebuild() {
    }

    private record Job(Cluster cluster, Catalog catalog, Table table, Index index, long heapSize) {
    }

    /** Builds every index now; returns how many. */
    static int run(Cluster cluster) {
        List<Job> jobs = jobs(cluster);
        List<OrderedIndex> built = jobs.parallelStream().map(IndexRebuild::build).toList();
        for (int i = 0; i < jobs.size(); i++) {
            jobs.get(i).table().storage().addIndex(jobs.get(i).index().oid(), built.get(i));
        }
        return jobs.size();
    }

    /**
     * Starts building every index on another thread and returns at once; each table with an
     * index is marked so that access to its indexes waits for the build. The build logs its
     * duration, or its failure (after which index access fails with the same error).
     */
    static CompletableFuture<Integer> start(Cluster cluster) {
        List<Job> jobs = jobs(cluster);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Map<TableStorage, Boolean> marked = new IdentityHashMap<>();
        for (Job j : jobs) {
            if (marked.put(j.table().storage(), Boolean.TRUE) == null) {
                j.table().storage().indexesBuiltBy(done);
            }
        }
        long start = System.nanoTime();
        Thread.ofPlatform().daemon().name("olifant-index-build").start(() -> {
            try {
                List<OrderedIndex> built = jobs.parallelStream().map(IndexRebuild::build).toList();
                for (int i = 0; i < jobs.size(); i++) {
                    jobs.get(i).table().storage().addBuiltIndex(jobs.get(i).index().oid(), built.get(i));
                }
                Durability.LOG.log(Level.INFO, String.format("indexes rebuilt in %.3f s (%d indexes), in the background",
                        (System.nanoTime() - start) / 1e9, jobs.size()));
                done.complete(jobs.size());
            } catch (Throwable e) {
                Durability.LOG.log(Level.ERROR, "could not rebuild indexes after recovery: " + e, e);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static List<Job> jobs(Cluster cluster) {
        List<Job> jobs = new ArrayList<>();
        for (Database db : cluster.databases()) {
            Catalog c = db.committed();
            for (Relation r : c.relations()) {
                if (r instanceof Index ix && c.relation(ix.tableOid()) instanceof Table t) {
                    jobs.add(new Job(cluster, c, t, ix, t.storage().heap().size()));
                }
            }
        }
        // Largest first, so that the long builds start at once and the small ones fill in.
        jobs.sort(Comparator.comparingLong(Job::heapSize).reversed());
        return jobs;
    }

    @SuppressWarnings("unchecked")
    private static OrderedIndex build(Job job) {
        Table table = job.table();
        Index index = job.index();
        int n = index.keyColumns().size();
        IndexExpressions.Compiled exprs = IndexExpressions.compile(job.cluster(), job.catalog(), table, index);
        Comparator<Object>[] comparators = new Comparator[n];
        boolean[] desc = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        int[] attnums = new int[n];
        Object[] missing = new Object[n];
        for (int i = 0; i < n; i++) {
            attnums[i] = index.keyColumns().get(i);
            comparators[i] = ValueOps.comparator(IndexExpressions.keyType(table, index, exprs, i));
            desc[i] = index.descending().get(i);
            nullsFirst[i] = index.nullsFirst().get(i);
            missing[i] = attnums[i] > 0 ? table.column(attnums[i]).missingValue() : null;
        }
        boolean computed = !index.expressions().isEmpty();
        Heap heap = table.storage().heap();
        long size = job.heapSize();
        int capacity = (int) Math.min(heap.storedVersions(), Integer.MAX_VALUE - 16);
        Object[][] keys = new Object[Math.max(capacity, 16)][];
        long[] tids = new long[keys.length];
        int count = 0;
        for (long tid = heap.nextInUse(0); tid >= 0 && tid < size; tid = heap.nextInUse(tid + 1)) {
            TupleVersion tv = heap.fetch(tid);
            if (tv == null) {
                continue;
            }
            Object[] values = tv.values();
            Object[] key;
            if (computed) {
                key = IndexExpressions.key(index, exprs, padded(table, values));
            } else {
                key = new Object[n];
                for (int i = 0; i < n; i++) {
                    int a = attnums[i] - 1;
                    key[i] = a < values.length ? values[a] : missing[i];
                }
            }
            if (count == keys.length) {
                keys = java.util.Arrays.copyOf(keys, count * 2);
                tids = java.util.Arrays.copyOf(tids, count * 2);
            }
            keys[count] = key;
            tids[count++] = tid;
        }
        OrderedIndex built = OrderedIndex.build(new IndexKeyOrder(comparators, desc, nullsFirst), index.hashLookup(table),
                keys, tids, count);
        if (computed) {
            built.keepKeysByTid();
        }
        return built;
    }

    /** A stored row widened to the table's columns (a row older than an added column reads its missing value). */
    private static Object[] padded(Table table, Object[] values) {
        int width = table.columns().size();
        if (values.length >= width) {
            return values;
        }
        Object[] full = java.util.Arrays.copyOf(values, width);
        for (int i = values.length; i < width; i++) {
            full[i] = table.columns().get(i).missingValue();
        }
        return full;
    }
}
