package dev.olifant.wal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * pg_waldump for Olifant: prints one line per record (LSN, length, type, xid, description).
 *
 * <pre>java -cp ... dev.olifant.wal.WalDump -p DATADIR [--start LSN] [--end LSN]</pre>
 *
 * Without {@code --start} it begins at the oldest segment present.
 */
public final class WalDump {
    private WalDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Long start = null;
        long end = Long.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-p", "--path" -> dir = Path.of(args[++i]);
                case "-s", "--start" -> start = Lsn.parse(args[++i]);
                case "-e", "--end" -> end = Lsn.parse(args[++i]);
                default -> {
                    if (dir == null && !args[i].startsWith("-")) {
                        dir = Path.of(args[i]);
                    } else {
                        usage();
                        return;
                    }
                }
            }
        }
        if (dir == null) {
            usage();
            return;
        }
        dump(new FileWalStorage(dir), start, end, System.out);
    }

    private static void usage() {
        System.err.println("usage: WalDump -p DATADIR [--start LSN] [--end LSN]");
        System.exit(2);
    }

    /** Prints records from {@code start} (null: the oldest segment) until {@code end} or the end of the log. */
    public static void dump(WalStorage storage, Long start, long end, PrintStream out) throws IOException {
        long from = start;
        if (start == null) {
            var segs = WalSegments.list(storage);
            if (segs.isEmpty()) {
                out.println("no WAL segments");
                return;
            }
            from = segs.get(0) * Lsn.SEGMENT_SIZE;
        }
        WalReader r = new WalReader(storage, from);
        long n = 0;
        for (WalRecord rec = r.next(); rec != null && rec.lsn() < end; rec = r.next()) {
            out.printf("lsn: %s, len: %d, type: %s, xid: %d, %s%n", Lsn.format(rec.lsn()),
                    WalRecord.HEADER_SIZE + rec.payload().length, rec.type(), rec.xid(), describe(rec));
            n++;
        }
        out.printf("%d records; log ends at %s%s%n", n, Lsn.format(r.position()),
                r.endReason().isEmpty() ? "" : " (" + r.endReason() + ")");
    }

    /** A short description of a record's payload. */
    public static String describe(WalRecord rec) {
        WalInput in = new WalInput(rec.payload());
        try {
            return switch (rec.type()) {
                case HEAP_INSERT -> {
                    long rel = in.i64();
                    long tid = in.i64();
                    int n = in.i32();
                    StringBuilder sb = new StringBuilder("rel " + rel + " tid " + tid + " values (");
                    for (int i = 0; i < n; i++) {
                        Object v = in.value();
                        sb.append(i > 0 ? ", " : "").append(v instanceof byte[] b ? "bytea[" + b.length + "]"
                                : v instanceof String s && s.length() > 40 ? s.substring(0, 40) + "..." : v);
                    }
                    yield sb.append(')').toString();
                }
                case HEAP_DELETE -> {
                    long rel = in.i64();
                    long tid = in.i64();
                    long next = in.i64();
                    yield "rel " + rel + " tid " + tid + (next >= 0 ? " replaced by tid " + next : " deleted");
                }
                case CATALOG -> "database " + in.i64() + " catalog image, " + in.remaining() + " bytes";
                case CLUSTER -> "cluster catalog, next oid " + in.i64() + ", " + rec.payload().length + " bytes";
                case SEQUENCE -> "database " + in.i64() + " sequence " + in.i64() + " last_value " + in.i64()
                        + (in.bool() ? " (called)" : "");
                case COMMIT -> "commit at " + java.time.Instant.EPOCH.plus(in.i64(), java.time.temporal.ChronoUnit.MICROS);
                case CHECKPOINT -> "checkpoint: redo " + Lsn.format(in.i64()) + ", image " + in.str();
            };
        } catch (RuntimeException e) {
            return "undecodable payload: " + e.getMessage();
        }
    }
}
