package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
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

/** Temporary tables in each session's own schema, and table inheritance across sessions. */
class TempInheritSessionTest {
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
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTemporaryTableIsSeenOnlyByItsSessionAndHidesAPermanentOne() {
        run(a, "create table t (z int)");
        run(a, "insert into t values (1)");
        run(a, "create temp table t (x int)");
        run(a, "insert into t values (2)");
        assertThat(run(a, "select * from t").rows).containsExactly(List.of("2"));
        assertThat(run(a, "select * from public.t").rows).containsExactly(List.of("1"));
        assertThat(run(b, "select * from t").rows).containsExactly(List.of("1"));
        PgException e = error(b, "select * from pg_temp.t");
        assertThat(e.state().code()).isEqualTo("42P01");
        assertThat(run(a, "select relpersistence from pg_class where relnamespace = pg_my_temp_schema()").rows)
                .containsExactly(List.of("t"));
        assertThat(run(b, "select pg_my_temp_schema()").rows).containsExactly(List.of("0"));
    }

    @Test
    void discardTempAndSessionEndDropTheTemporaryObjects() {
        run(a, "create temp table t1 (x serial primary key)");
        run(a, "discard temp");
        assertThat(run(a, "select count(*) from pg_class where relnamespace = pg_my_temp_schema()").rows)
                .containsExactly(List.of("0"));
        run(a, "create temp table t2 (x int)");
        String ns = run(a, "select pg_my_temp_schema()").rows.get(0).get(0);
        db.close(a);
        a = db.session();
        assertThat(run(b, "select count(*) from pg_class where relnamespace = " + ns).rows)
                .containsExactly(List.of("0"));
    }

    @Test
    void aParentScanReadsItsChildrenButNotAnotherSessionsTemporaryOnes() {
        run(a, "create table p (a int)");
        run(a, "create temp table ca () inherits (p)");
        run(b, "create temp table cb (b text) inherits (p)");
        run(a, "insert into p values (1)");
        run(a, "insert into ca values (2)");
        run(b, "insert into cb values (3, 'x')");
        assertThat(run(a, "select a from p order by a").rows).containsExactly(List.of("1"), List.of("2"));
        assertThat(run(b, "select a from p order by a").rows).containsExactly(List.of("1"), List.of("3"));
        assertThat(run(a, "select a from only p").rows).containsExactly(List.of("1"));
        assertThat(run(b, "update p set a = a + 10 where a > 1").tags).containsExactly("UPDATE 1");
        assertThat(run(b, "select * from cb").rows).containsExactly(List.of("13", "x"));
        assertThat(run(a, "delete from p where a = 2").tags).containsExactly("DELETE 1");
        assertThat(run(a, "select count(*) from ca").rows).containsExactly(List.of("0"));
    }

    @Test
    void childrenListedBeforeALockWaitStayListed() throws Exception {
        run(a, "create table p (a int)");
        run(a, "insert into p values (1)");
        run(a, "create table c1 () inherits (p)");
        run(a, "insert into c1 values (10)");
        run(a, "begin");
        run(a, "alter table c1 no inherit p");
        CompletableFuture<RecordingSink> sum = CompletableFuture.supplyAsync(() -> run(b, "select sum(a) from p"));
        Thread.sleep(300);
        assertThat(sum).isNotDone();
        run(a, "commit");
        assertThat(sum.get(5, TimeUnit.SECONDS).rows).containsExactly(List.of("11"));
        assertThat(run(b, "select sum(a) from p").rows).containsExactly(List.of("1"));
    }

    @Test
    void columnMergingFollowsPostgres() {
        run(a, "create table q (a int not null, b text)");
        PgException e = error(a, "create table q2 (a text) inherits (q)");
        assertThat(e.getMessage()).isEqualTo("column \"a\" has a type conflict");
        run(a, "create table c (b text, a int)");
        e = error(a, "alter table c inherit q");
        assertThat(e.getMessage()).isEqualTo("column \"a\" in child table must be marked NOT NULL");
        run(a, "create table q3 () inherits (q)");
        e = error(a, "drop table q");
        assertThat(e.state().code()).isEqualTo("2BP01");
    }

    @Test
    void onCommitDeleteRowsEmptiesAndOnCommitDropDropsTheTable() {
        run(a, "create temp table d (x int) on commit delete rows");
        run(a, "begin");
        run(a, "insert into d values (1)");
        assertThat(run(a, "select count(*) from d").rows).containsExactly(List.of("1"));
        run(a, "commit");
        assertThat(run(a, "select count(*) from d").rows).containsExactly(List.of("0"));
        run(a, "begin");
        run(a, "create temp table g (x int) on commit drop");
        run(a, "insert into g values (1)");
        run(a, "commit");
        assertThat(error(a, "select * from g").state().code()).isEqualTo("42P01");
        assertThat(error(a, "create table h (x int) on commit drop").getMessage())
                .isEqualTo("ON COMMIT can only be used on temporary tables");
    }

    @Test
    void whatACrashLeftInATemporarySchemaIsRemovedOnItsNextUse() {
        run(a, "create temp table left_behind (x int)");
        db.close(b);
        db.crash();
        a = db.session();
        b = db.session();
        assertThat(run(b, "select count(*) from pg_class where relname = 'left_behind'").rows)
                .containsExactly(List.of("1"));
        run(a, "create temp table fresh (x int)");
        assertThat(run(b, "select count(*) from pg_class where relname = 'left_behind'").rows)
                .containsExactly(List.of("0"));
    }
}
