package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INCLUDE columns, NULLS NOT DISTINCT, partial and hash indexes, REINDEX. */
class IndexFeaturesSessionTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session s;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        s = db.session();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void includeColumnsAreStoredButNotPartOfTheKey() {
        run(s, "create table t (k int, v text, primary key (k) include (v))");
        run(s, "insert into t values (1, 'a'), (2, 'a')");
        assertThat(error(s, "insert into t values (1, 'b')").detail()).isEqualTo("Key (k)=(1) already exists.");
        assertThat(run(s, "select indnatts, indnkeyatts, indkey from pg_index where indrelid = 't'::regclass").rows)
                .containsExactly(List.of("2", "1", "1 2"));
        assertThat(run(s, "select pg_get_indexdef('t_pkey'::regclass)").rows).containsExactly(
                List.of("CREATE UNIQUE INDEX t_pkey ON public.t USING btree (k) INCLUDE (v)"));
    }

    @Test
    void nullsNotDistinctMakesNullKeysEqual() {
        run(s, "create table t (a int, unique nulls not distinct (a))");
        run(s, "insert into t values (null)");
        assertThat(error(s, "insert into t values (null)").detail()).isEqualTo("Key (a)=(null) already exists.");
        run(s, "create table u (a int unique)");
        assertThat(run(s, "insert into u values (null), (null)").tags).containsExactly("INSERT 0 2");
        assertThat(error(s, "create unique index on u (a) nulls not distinct").state().code()).isEqualTo("23505");
    }

    @Test
    void aPartialUniqueIndexOnlyConstrainsTheRowsItsPredicateHolds() {
        run(s, "create table t (id int, active boolean)");
        run(s, "create unique index t_active on t (id) where active");
        run(s, "insert into t values (1, true), (1, false), (1, false)");
        assertThat(error(s, "update t set active = true where not active").state().code()).isEqualTo("23505");
        assertThat(run(s, "insert into t values (1, true) on conflict (id) where active do nothing").tags)
                .containsExactly("INSERT 0 0");
        assertThat(error(s, "insert into t values (1, true) on conflict (id) do nothing").state().code())
                .isEqualTo("42P10");
        assertThat(run(s, "select pg_get_indexdef('t_active'::regclass)").rows).containsExactly(
                List.of("CREATE UNIQUE INDEX t_active ON public.t USING btree (id) WHERE active"));
    }

    @Test
    void hashIndexesAreSingleColumnAndNotUnique() {
        run(s, "create table t (a int, b int)");
        run(s, "create index t_h on t using hash (a)");
        run(s, "insert into t select g, g from generate_series(1, 100) g");
        assertThat(run(s, "select b from t where a = 42").rows).containsExactly(List.of("42"));
        assertThat(run(s, "select amname from pg_class c join pg_am a on a.oid = c.relam where relname = 't_h'").rows)
                .containsExactly(List.of("hash"));
        assertThat(error(s, "create unique index on t using hash (a)").getMessage())
                .isEqualTo("access method \"hash\" does not support unique indexes");
        assertThat(error(s, "create index on t using hash (a, b)").getMessage())
                .isEqualTo("access method \"hash\" does not support multicolumn indexes");
    }

    @Test
    void reindexChecksItsTargetsAndWhereItMayRun() {
        run(s, "create table t (a int primary key)");
        run(s, "create index t_i on t (a)");
        assertThat(run(s, "reindex table t").tags).containsExactly("REINDEX");
        assertThat(run(s, "reindex index concurrently t_i").tags).containsExactly("REINDEX");
        assertThat(run(s, "reindex schema public").tags).containsExactly("REINDEX");
        assertThat(error(s, "reindex index t").getMessage()).isEqualTo("\"t\" is not an index");
        run(s, "begin");
        assertThat(error(s, "reindex table concurrently t").getMessage())
                .isEqualTo("REINDEX CONCURRENTLY cannot run inside a transaction block");
        run(s, "rollback");
    }
}
