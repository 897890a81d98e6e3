package dev.olifant.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The executor on pgbench_accounts, through prepared statements whose plan is cached so that
 * parsing and analysis are out of the measurement: an index point lookup on the primary key, and
 * a sequential scan that evaluates a filter on every row (all 100,000 x scale of them) and counts
 * the matches. Each operation is Bind / Execute / Sync, including the implicit transaction's
 * begin and commit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExecutorBench {
    @Param("1")
    public int scale;

    private PgbenchDatabase db;
    private final DiscardSink sink = new DiscardSink();
    private static final byte[] ZERO = "0".getBytes(StandardCharsets.US_ASCII);

    @Setup
    public void setUp() {
        db = new PgbenchDatabase(scale);
        db.session.parse("lookup", PgbenchStatements.SELECT_PARAM, new int[0]);
        db.session.parse("scan", "SELECT count(*) FROM pgbench_accounts WHERE abalance <> $1", new int[0]);
        db.session.sync();
        // every account's balance is 0: the scan filters every row out, so it measures the
        // scan and the filter, not the aggregate
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    private Object run(String statement, byte[] param) {
        db.session.bind("", statement, new short[0], new byte[][] {param}, new short[0]);
        db.session.execute("", 0, sink);
        db.session.sync();
        return sink.last;
    }

    @Benchmark
    public Object indexPointLookup() {
        int aid = ThreadLocalRandom.current().nextInt(1, db.accounts() + 1);
        return run("lookup", Integer.toString(aid).getBytes(StandardCharsets.US_ASCII));
    }

    @Benchmark
    public Object seqScanWithFilter() {
        return run("scan", ZERO);
    }
}
