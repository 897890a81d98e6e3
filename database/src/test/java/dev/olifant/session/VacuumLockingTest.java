package dev.olifant.session;

import static dev.olifant.session.ForeignKeyLockTest.async;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VACUUM and ANALYZE lock each table SHARE UPDATE EXCLUSIVE for its own turn only, skip a table
 * that is locked (SKIP_LOCKED) or was dropped meanwhile with PostgreSQL's warning when the
 * statement named it, and expand a partitioned table into its partitions.
 */
class VacuumLockingTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session a;
    Session b;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        a = db.session();
        b = db.session();
        run(a, "create table parted (a int) partition by list (a)");
        run(a, "create table part1 partition of parted for values in (1)");
        run(a, "create table part2 partition of parted for values in (2)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> warnings(RecordingSink sink) {
        return sink.notices.stream().map(PgException::getMessage).toList();
    }

    @Test
    void skipLockedSkipsANamedTableWithAWarning() {
        run(a, "begin");
        run(a, "lock part1 in share mode");
        assertThat(warnings(run(b, "vacuum (skip_locked) part1, part2")))
                .containsExactly("skipping vacuum of \"part1\" --- lock not available");
        assertThat(warnings(run(b, "analyze (skip_locked) part1, part2")))
                .containsExactly("skipping analyze of \"part1\" --- lock not available");
        // a partition reached through its parent is skipped silently
        assertThat(warnings(run(b, "vacuum (skip_locked) parted"))).isEmpty();
        run(a, "commit");
    }

    @Test
    void skipLockedFullNeedsAccessExclusive() {
        run(a, "begin");
        run(a, "select * from part1");
        assertThat(warnings(run(b, "vacuum (skip_locked, full) part1")))
                .containsExactly("skipping vacuum of \"part1\" --- lock not available");
        assertThat(warnings(run(b, "vacuum (skip_locked) part1"))).isEmpty();
        run(a, "commit");
    }

    @Test
    void vacuumWaitsForTheTableAndWarnsOfOneDroppedMeanwhile() throws Exception {
        run(a, "begin");
        run(a, "lock part1 in share mode");
        CompletableFuture<Object> vacuum = async(b, "vacuum part1, part2");
        Thread.sleep(300);
        assertThat(vacuum).isNotDone();
        // part2 is not held by the waiting VACUUM: it can be dropped
        run(a, "drop table part2");
        run(a, "commit");
        Object result = vacuum.get(5, TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(RecordingSink.class);
        assertThat(warnings((RecordingSink) result))
                .containsExactly("skipping vacuum of \"part2\" --- relation no longer exists");
    }

    @Test
    void analyzeOfAPartitionedTableLocksItsPartitions() throws Exception {
        run(a, "begin");
        run(a, "lock part1 in access exclusive mode");
        CompletableFuture<Object> analyze = async(b, "analyze (skip_locked) parted");
        Thread.sleep(300);
        assertThat(analyze).isNotDone();
        run(a, "commit");
        assertThat(analyze.get(5, TimeUnit.SECONDS)).isInstanceOf(RecordingSink.class);
    }

    @Test
    void analyzeOfSeveralTablesHoldsEachOnlyForItsTurn() throws Exception {
        run(a, "insert into parted values (1), (2)");
        run(a, "begin");
        run(a, "lock part2 in share mode");
        CompletableFuture<Object> analyze = async(b, "analyze part1, part2");
        Thread.sleep(300);
        assertThat(analyze).isNotDone();
        // part1 is done: nothing holds it any more
        assertThat(run(a, "select count(*) from pg_locks where relation = 'part1'::regclass").rows)
                .containsExactly(List.of("0"));
        run(a, "commit");
        assertThat(analyze.get(5, TimeUnit.SECONDS)).isInstanceOf(RecordingSink.class);
        assertThat(run(a, "select relname, reltuples from pg_class where relname in ('part1', 'part2') order by 1")
                .rows).containsExactly(List.of("part1", "1"), List.of("part2", "1"));
    }

    @Test
    void freezeAgeSettingsAreKnown() {
        run(b, "set vacuum_freeze_min_age = 0");
        run(b, "set vacuum_multixact_freeze_min_age = 0");
        assertThat(run(b, "show vacuum_freeze_min_age").rows).containsExactly(List.of("0"));
        assertThat(run(b, "select setting, min_val, max_val from pg_settings where name = 'vacuum_freeze_table_age'")
                .rows).containsExactly(List.of("150000000", "0", "2000000000"));
        assertThat(RecordingSink.error(b, "set vacuum_freeze_min_age = -1").state().code()).isEqualTo("22023");
    }
}
