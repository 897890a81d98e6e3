package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.SqlState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clones of a partitioned table's row triggers, and TRUNCATE triggers, are catalog entries
 * that survive a crash and a clean restart: after recovery a clone still fires for rows routed to
 * its partition, still names its parent in pg_trigger, and still cannot be dropped on its own.
 */
class PartitionTriggersRestartTest {
    @TempDir
    Path dir;
    TestInstance db;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        Session s = db.session();
        run(s, "create table log (what text)");
        run(s, "create function note() returns trigger language plpgsql as $$ begin "
                + "insert into log values (tg_name || ' ' || tg_when || ' ' || tg_op || ' ' || tg_table_name); "
                + "if tg_op = 'DELETE' then return old; end if; return new; end $$");
        run(s, "create table pt (k int, v text) partition by range (k)");
        run(s, "create table pt1 partition of pt for values from (0) to (10)");
        run(s, "create trigger audit after insert or delete on pt for each row execute function note()");
        run(s, "create trigger trunc before truncate on pt for each statement execute function note()");
        run(s, "create table pt2 partition of pt for values from (10) to (20)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void clonesFireAfterCrashRecovery() {
        db.crash();
        check(db.session());
    }

    @Test
    void clonesFireAfterCleanRestart() {
        db.restart();
        check(db.session());
    }

    private void check(Session s) {
        run(s, "insert into pt values (1, 'a'), (15, 'b')");
        run(s, "delete from pt where k = 1");
        assertThat(rows(s, "select what from log order by what")).containsExactly(
                List.of("audit AFTER DELETE pt1"), List.of("audit AFTER INSERT pt1"), List.of("audit AFTER INSERT pt2"));
        assertThat(rows(s, "select c.tgrelid::regclass::text, p.tgrelid::regclass::text from pg_trigger c "
                + "join pg_trigger p on p.oid = c.tgparentid order by 1")).containsExactly(
                List.of("pt1", "pt"), List.of("pt2", "pt"));
        assertThat(RecordingSink.error(s, "drop trigger audit on pt2").state())
                .isEqualTo(SqlState.DEPENDENT_OBJECTS_STILL_EXIST);
        run(s, "delete from log");
        run(s, "truncate pt");
        assertThat(rows(s, "select what from log")).containsExactly(List.of("trunc BEFORE TRUNCATE pt"));
        run(s, "drop trigger audit on pt");
        assertThat(rows(s, "select count(*) from pg_trigger where tgname = 'audit'")).containsExactly(List.of("0"));
    }

    private static void run(Session s, String sql) {
        RecordingSink.run(s, sql);
    }

    private static List<List<String>> rows(Session s, String sql) {
        return RecordingSink.run(s, sql).rows;
    }
}
