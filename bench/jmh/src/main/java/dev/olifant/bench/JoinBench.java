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
 * Joins on the analyzed pgbench tables: a three-way join executed through a prepared statement
 * (the plan is cached: a nested loop over primary-key lookups and a merge or hash join, as the
 * cost model chooses), and the planning of a six-way join, which runs the join-order search over
 * all 63 subsets of its tables on every execution.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JoinBench {
    @Param("1")
    public int scale;

    private PgbenchDatabase db;
    private final DiscardSink sink = new DiscardSink();

    private static final String THREE_WAY = "SELECT count(*) FROM pgbench_accounts a"
            + " JOIN pgbench_tellers t ON t.bid = a.bid JOIN pgbench_branches b ON b.bid = t.bid"
            + " WHERE t.tid = $1 AND a.aid <= 1000";

    private static final String SIX_WAY = "EXPLAIN SELECT * FROM pgbench_tellers t1, pgbench_tellers t2,"
            + " pgbench_tellers t3, pgbench_branches b, pgbench_accounts a, pgbench_tellers t4"
            + " WHERE t1.tid = t2.tid AND t2.bid = t3.bid AND t3.bid = b.bid AND b.bid = a.bid"
            + " AND a.aid = t4.tid AND t1.tid < 5";

    @Setup
    public void setUp() {
        db = new PgbenchDatabase(scale);
        db.session.simpleQuery("ANALYZE pgbench_accounts; ANALYZE pgbench_tellers; ANALYZE pgbench_branches", sink);
        db.session.parse("join3", THREE_WAY, new int[0]);
        db.session.sync();
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public Object threeWayJoin() {
        int tid = ThreadLocalRandom.current().nextInt(1, 10 * scale + 1);
        db.session.bind("", "join3", new short[0],
                new byte[][] {Integer.toString(tid).getBytes(StandardCharsets.US_ASCII)}, new short[0]);
        db.session.execute("", 0, sink);
        db.session.sync();
        return sink.last;
    }

    @Benchmark
    public Object planSixWayJoin() {
        db.session.simpleQuery(SIX_WAY, sink);
        return sink.last;
    }
}
