package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.SqlState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL cursors through a session: snapshots, other sessions, the extended protocol, lifetimes. */
class CursorSessionTest {
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
        run(a, "create table t (id int primary key, v text)");
        run(a, "insert into t select g, 'v' || g from generate_series(1, 5) g");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static List<String> col(RecordingSink s) {
        return s.rows.stream().map(r -> r.get(0)).toList();
    }

    @Test
    void readsWithTheSnapshotOfItsDeclare() {
        run(a, "begin");
        run(a, "declare c cursor for select id from t order by id");
        run(b, "insert into t values (6, 'v6')");
        run(b, "delete from t where id = 1");
        run(a, "insert into t values (7, 'v7')");
        RecordingSink all = run(a, "fetch all from c");
        assertThat(col(all)).containsExactly("1", "2", "3", "4", "5");
        assertThat(all.tags).containsExactly("FETCH 5");
        // a new statement of the same READ COMMITTED transaction sees both changes
        assertThat(col(run(a, "select id from t order by id"))).containsExactly("2", "3", "4", "5", "6", "7");
        run(a, "commit");
    }

    @Test
    void fetchThroughTheExtendedProtocolDescribesTheCursorsColumns() {
        run(a, "begin");
        a.parse("d", "declare c scroll cursor for select id, v from t order by id", new int[0]);
        a.bind("", "d", new short[0], new byte[0][], new short[0]);
        RecordingSink declared = new RecordingSink();
        assertThat(a.execute("", 0, declared)).isTrue();
        assertThat(declared.tags).containsExactly("DECLARE CURSOR");
        a.parse("f", "fetch 2 from c", new int[0]);
        assertThat(a.describeStatement("f").fields()).extracting(Field::name).containsExactly("id", "v");
        a.bind("", "f", new short[0], new byte[0][], new short[0]);
        RecordingSink fetched = new RecordingSink();
        a.execute("", 0, fetched);
        assertThat(fetched.descriptions).isEmpty();
        assertThat(fetched.rows).containsExactly(List.of("1", "v1"), List.of("2", "v2"));
        assertThat(fetched.tags).containsExactly("FETCH 2");
        a.parse("m", "move backward all in c", new int[0]);
        assertThat(a.describeStatement("m").fields()).isNull();
        a.sync();
        run(a, "rollback");
    }

    @Test
    void declareTakesParametersOfItsQuery() {
        run(a, "begin");
        a.parse("d", "declare c cursor for select id from t where id > $1 order by id", new int[0]);
        assertThat(a.describeStatement("d").parameterTypeOids()).containsExactly(23);
        a.bind("", "d", new short[0], new byte[][] {"3".getBytes(java.nio.charset.StandardCharsets.UTF_8)},
                new short[0]);
        a.execute("", 0, new RecordingSink());
        a.sync();
        assertThat(col(run(a, "fetch all from c"))).containsExactly("4", "5");
        run(a, "rollback");
    }

    @Test
    void holdableCursorOutlivesItsTransactionAndOtherSessionsChanges() {
        run(a, "declare h no scroll cursor with hold for select id from t order by id");
        run(b, "update t set id = id + 10");
        assertThat(col(run(a, "fetch 2 from h"))).containsExactly("1", "2");
        assertThat(error(a, "fetch prior from h").state()).isEqualTo(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE);
        // like PostgreSQL's failed portal, the cursor cannot run again
        assertThat(error(a, "fetch h").getMessage()).isEqualTo("portal \"h\" cannot be run");
        run(a, "close h");
        assertThat(error(a, "close h").state()).isEqualTo(SqlState.INVALID_CURSOR_NAME);
    }

    @Test
    void forUpdateCursorLocksTheRowsItFetched() {
        run(a, "begin");
        run(a, "declare c cursor for select id from t where id <= 2 for update");
        assertThat(col(run(a, "fetch 1 from c"))).containsExactly("1");
        run(b, "set lock_timeout = '100ms'");
        run(b, "update t set v = 'b' where id = 2"); // not fetched yet: not locked
        assertThat(error(b, "update t set v = 'b' where id = 1").state()).isEqualTo(SqlState.LOCK_NOT_AVAILABLE);
        assertThat(run(a, "update t set v = 'a' where current of c").tags).containsExactly("UPDATE 1");
        run(a, "commit");
        assertThat(run(b, "select v from t where id in (1, 2) order by id").rows)
                .containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void discardAllClosesCursors() {
        run(a, "declare h cursor with hold for select 1");
        run(a, "discard all");
        assertThat(error(a, "fetch h").state()).isEqualTo(SqlState.INVALID_CURSOR_NAME);
    }

    @Test
    void severalStatementsOfOneQueryStringFormABlockForDeclare() {
        RecordingSink s = run(a, "declare c cursor for select id from t order by id; fetch 2 from c");
        assertThat(s.tags).containsExactly("DECLARE CURSOR", "FETCH 2");
        assertThat(error(a, "fetch c").state()).isEqualTo(SqlState.INVALID_CURSOR_NAME);
    }
}
