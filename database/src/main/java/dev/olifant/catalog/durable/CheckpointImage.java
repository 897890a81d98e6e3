package dev.olifant.catalog.durable;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Snapshot;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.Visibility;
import dev.olifant.wal.ValueCodec;
import dev.olifant.wal.WalChannel;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import dev.olifant.wal.WalStorage;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A checkpoint image file ({@code pg_checkpoint/<redo LSN>.image}): the cluster catalog with every
 * database's catalog, then per table storage every tuple version visible to the checkpoint's
 * snapshot, at its tuple id, with its creating xid. A CRC32C of everything before it ends the file.
 * Deleted-but-visible versions are written live: their deleter's commit record follows the redo LSN.
 */
public final class CheckpointImage {
    public static final String DIR = "pg_checkpoint";
    private static final long MAGIC = 0x4F4C46494D470001L;
    private static final int FLUSH_AT = 1 << 20;

    /** A loaded image: the cluster it describes and where its WAL replay starts. */
    public record Loaded(Cluster cluster, long redoLsn, long versions) {
    }

    private CheckpointImage() {
    }

    public static String fileName(long redoLsn) {
        return String.format("%016X.image", redoLsn);
    }

    /** Writes the image durably (temporary file, force, rename, directory sync); returns its bytes. */
    public static long write(WalStorage storage, String name, Cluster cluster, Map<Database, Catalog> catalogs,
            Snapshot snapshot, long redoLsn) throws IOException {
        storage.createDirectories(DIR);
        String tmp = DIR + "/" + name + ".tmp";
        TransactionManager tm = cluster.transactions();
        long written;
        try (WalChannel ch = storage.open(tmp, true)) {
            ch.truncate(0);
            Sink sink = new Sink(ch);
            WalOutput out = sink.out;
            out.i64(MAGIC).i64(redoLsn).i64(snapshot.xmax()).blob(ClusterCodec.encode(cluster, catalogs::get));
            Map<TableStorage, Boolean> done = new IdentityHashMap<>();
            for (Catalog c : catalogs.values()) {
                for (Relation r : c.relations()) {
                    if (!(r instanceof Table t) || done.put(t.storage(), Boolean.TRUE) != null) {
                        continue;
                    }
                    out.u8(1).i64(t.storage().id());
                    Heap heap = t.storage().heap();
                    long size = heap.size();
                    for (long tid = 0; tid < size; tid++) {
                        TupleVersion v = heap.fetch(tid);
                        if (v == null || !Visibility.isVisible(v, snapshot, 0, 0, tm)) {
                            continue;
                        }
                        Object[] values = v.values();
                        out.u8(1).i64(tid).i64(v.xmin()).i32(values.length);
                        for (Object o : values) {
                            ValueCodec.write(out, o);
                        }
                        sink.maybeFlush();
                    }
                    out.u8(0);
                }
            }
            out.u8(0);
            written = sink.finish();
            ch.force();
        }
        storage.rename(tmp, DIR + "/" + name);
        storage.syncDirectory(DIR);
        return written;
    }

    /** Streams the buffer to the channel in large pieces, keeping the running CRC. */
    private static final class Sink {
        final WalChannel ch;
        final WalOutput out = new WalOutput(FLUSH_AT + 4096);
        final CRC32C crc = new CRC32C();
        long pos;

        Sink(WalChannel ch) {
            this.ch = ch;
        }

        void maybeFlush() throws IOException {
            if (out.length() >= FLUSH_AT) {
                flush();
            }
        }

        void flush() throws IOException {
            crc.update(out.array(), 0, out.length());
            ch.write(out.array(), 0, out.length(), pos);
            pos += out.length();
            out.truncate(0);
        }

        long finish() throws IOException {
            flush();
            out.i32((int) crc.getValue());
            ch.write(out.array(), 0, 4, pos);
            return pos + 4;
        }
    }

    /** Loads an image into a new cluster; a damaged file throws {@link WalFormatException}. */
    public static Loaded read(WalStorage storage, String name) throws IOException {
        byte[] b = storage.readAll(DIR + "/" + name);
        if (b.length < 28) {
            throw new WalFormatException("checkpoint image \"" + name + "\" is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        if ((int) crc.getValue() != new WalInput(b, b.length - 4, 4).i32()) {
            throw new WalFormatException("incorrect checksum in checkpoint image \"" + name + "\"");
        }
        WalInput in = new WalInput(b, 0, b.length - 4);
        if (in.i64() != MAGIC) {
            throw new WalFormatException("checkpoint image \"" + name + "\" has an unknown format");
        }
        long redo = in.i64();
        long nextXid = in.i64();
        Cluster cluster = new Cluster(0, new TransactionManager(nextXid));
        Redo resolver = new Redo(cluster);
        ClusterCodec.apply(in.blob(), cluster, resolver);
        Map<Long, TableStorage> storages = CatalogCodec.storagesOf(cluster);
        long versions = 0;
        while (in.u8() == 1) {
            TableStorage s = storages.get(in.i64());
            while (in.u8() == 1) {
                long tid = in.i64();
                long xmin = in.i64();
                Object[] values = new Object[in.i32()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.value();
                }
                if (s != null) {
                    s.heap().insertAt(tid, new TupleVersion(xmin, 0, values));
                    versions++;
                }
            }
        }
        return new Loaded(cluster, redo, versions);
    }
}
