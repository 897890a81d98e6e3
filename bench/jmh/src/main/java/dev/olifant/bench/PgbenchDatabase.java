package dev.olifant.bench;

import dev.olifant.session.Instance;
import dev.olifant.session.InstanceConfig;
import dev.olifant.session.Session;
import dev.olifant.session.StartupRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An in-process Olifant instance (no network) holding pgbench's tables at a given scale, created
 * with pgbench's own DDL and filled as {@code pgbench -i} fills them (100,000 accounts, 10
 * tellers and one branch per scale unit, balances 0).
 */
final class PgbenchDatabase implements AutoCloseable {
    final Path dir;
    final Instance instance;
    final Session session;
    final int scale;

    PgbenchDatabase(int scale) {
        this.scale = scale;
        try {
            dir = Files.createTempDirectory("olifant-jmh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        instance = Instance.open(new InstanceConfig(dir, 5432));
        session = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 1));
        DiscardSink sink = new DiscardSink();
        session.simpleQuery("""
                create table pgbench_history(tid int,bid int,aid int,delta int,mtime timestamp,filler char(22));
                create table pgbench_tellers(tid int not null,bid int,tbalance int,filler char(84)) with (fillfactor=100);
                create table pgbench_accounts(aid int not null,bid int,abalance int,filler char(84)) with (fillfactor=100);
                create table pgbench_branches(bid int not null,bbalance int,filler char(88)) with (fillfactor=100);
                """, sink);
        session.simpleQuery("insert into pgbench_branches(bid,bbalance) select g, 0 from generate_series(1, "
                + scale + ") g", sink);
        session.simpleQuery("insert into pgbench_tellers(tid,bid,tbalance) select g, (g - 1) / 10 + 1, 0 "
                + "from generate_series(1, " + (10 * scale) + ") g", sink);
        session.simpleQuery("insert into pgbench_accounts(aid,bid,abalance,filler) select g, (g - 1) / 100000 + 1, 0, '' "
                + "from generate_series(1, " + (100_000 * scale) + ") g", sink);
        session.simpleQuery("""
                alter table pgbench_branches add primary key (bid);
                alter table pgbench_tellers add primary key (tid);
                alter table pgbench_accounts add primary key (aid);
                """, sink);
    }

    int accounts() {
        return 100_000 * scale;
    }

    @Override
    public void close() {
        session.close();
        instance.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
