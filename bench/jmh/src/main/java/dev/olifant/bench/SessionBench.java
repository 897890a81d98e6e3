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
 * pgbench's transactions end to end through {@code Session}, in process: everything the server
 * does for a client except the wire protocol's framing and the socket. The simple variants
 * send each statement as a Query message (parse, analyse, plan, execute every time); the
 * prepared ones Parse once and then Bind / Execute / Sync per statement, as pgbench -M prepared
 * does. Each benchmark operation is one pgbench transaction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionBench {
    /** pgbench scale: 100,000 accounts per unit. */
    @Param("1")
    public int scale;

    private PgbenchDatabase db;
    private final DiscardSink sink = new DiscardSink();

    @Setup
    public void setUp() {
        db = new PgbenchDatabase(scale);
        prepare("select", PgbenchStatements.SELECT_PARAM);
        prepare("begin", "BEGIN");
        prepare("ua", PgbenchStatements.UPDATE_ACCOUNT);
        prepare("ut", PgbenchStatements.UPDATE_TELLER);
        prepare("ub", PgbenchStatements.UPDATE_BRANCH);
        prepare("ih", PgbenchStatements.INSERT_HISTORY);
        prepare("end", "END");
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    private void prepare(String name, String sql) {
        db.session.parse(name, sql, new int[0]);
        db.session.sync();
    }

    private static byte[] text(int v) {
        return Integer.toString(v).getBytes(StandardCharsets.US_ASCII);
    }

    private void run(String statement, byte[]... params) {
        db.session.bind("", statement, new short[0], params, new short[0]);
        db.session.execute("", 0, sink);
        db.session.sync();
    }

    @Benchmark
    public Object selectOnlySimple() {
        int aid = ThreadLocalRandom.current().nextInt(1, db.accounts() + 1);
        db.session.simpleQuery("SELECT abalance FROM pgbench_accounts WHERE aid = " + aid + ";", sink);
        return sink.last;
    }

    @Benchmark
    public Object selectOnlyPrepared() {
        run("select", text(ThreadLocalRandom.current().nextInt(1, db.accounts() + 1)));
        return sink.last;
    }

    @Benchmark
    public Object tpcbSimple() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (String sql : PgbenchStatements.tpcbSimple(r.nextInt(1, db.accounts() + 1),
                r.nextInt(1, 10 * scale + 1), r.nextInt(1, scale + 1), r.nextInt(-5000, 5001))) {
            db.session.simpleQuery(sql, sink);
        }
        return sink.last;
    }

    @Benchmark
    public Object tpcbPrepared() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] aid = text(r.nextInt(1, db.accounts() + 1));
        byte[] tid = text(r.nextInt(1, 10 * scale + 1));
        byte[] bid = text(r.nextInt(1, scale + 1));
        byte[] delta = text(r.nextInt(-5000, 5001));
        run("begin");
        run("ua", delta, aid);
        run("select", aid);
        run("ut", delta, tid);
        run("ub", delta, bid);
        run("ih", tid, bid, aid, delta);
        run("end");
        return sink.last;
    }
}
