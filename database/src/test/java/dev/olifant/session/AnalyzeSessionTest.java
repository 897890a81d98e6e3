package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ANALYZE gathers statistics the planner reads: estimates, scan choices and hash sides change after it. */
class AnalyzeSessionTest {
    @TempDir
    Path dir;
    Instance instance;
    Session s;

    @BeforeEach
    void start() {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", Map.of("autovacuum", "off"), null, null));
        s = instance.open(new StartupRequest("postgres", "postgres", Map.of(), 1));
        // k is 1 in nine rows of ten, otherwise unique
        run("create table sk (id int primary key, k int, t text)");
        run("create index sk_k on sk (k)");
        run("insert into sk select g, case when g % 10 = 0 then g else 1 end, 'x' || g from generate_series(1, 10000) g");
        run("create table small (k int)");
        run("insert into small values (1), (2), (3)");
    }

    @AfterEach
    void close() {
        s.close();
        instance.close();
    }

    private RecordingSink run(String sql) {
        return RecordingSink.run(s, sql);
    }

    private List<String> plan(String sql) {
        List<String> out = new ArrayList<>();
        run("explain " + sql).rows.forEach(r -> out.add(r.get(0)));
        return out;
    }

    @Test
    void analyzeTurnsAnIndexScanOfACommonValueIntoASeqScan() {
        assertThat(plan("select * from sk where k = 1").get(0)).startsWith("Index Scan using sk_k on sk");
        assertThat(run("analyze sk").tags).containsExactly("ANALYZE");
        List<String> common = plan("select * from sk where k = 1");
        assertThat(common.get(0)).startsWith("Seq Scan on sk").contains("rows=9000 ");
        assertThat(common.get(1)).isEqualTo("  Filter: (k = 1)");
        // a rare value still goes through the index, estimated at one row
        assertThat(plan("select * from sk where k = 50").get(0)).startsWith("Index Scan using sk_k on sk")
                .contains("rows=1 ");
        // ranges read the histogram: id < 100 keeps about 1%, id > 100 about 99%
        assertThat(plan("select * from sk where id < 100").get(0)).startsWith("Index Scan using sk_pkey on sk")
                .containsPattern("rows=(99|100) ");
        assertThat(plan("select * from sk where id > 100").get(0)).startsWith("Seq Scan on sk")
                .containsPattern("rows=(9899|9900) ");
        // the results are the same whichever way the rows are read
        assertThat(run("select count(*) from sk where k = 1").rows).containsExactly(List.of("9000"));
        assertThat(run("select count(*) from sk where id > 100").rows).containsExactly(List.of("9900"));
    }

    @Test
    void analyzeLetsCostsChooseTheJoin() {
        List<String> before = plan("select * from small join sk on sk.id = small.k");
        assertThat(before.get(2)).contains("Seq Scan on small");
        assertThat(before.get(4)).contains("Seq Scan on sk");
        run("analyze");
        // PostgreSQL 15's plan: the merge stops reading sk's primary key after small's largest key
        List<String> after = plan("select * from small join sk on sk.id = small.k");
        assertThat(after.get(0)).startsWith("Merge Join");
        assertThat(after.get(1)).isEqualTo("  Merge Cond: (sk.id = small.k)");
        assertThat(after.get(2)).contains("Index Scan using sk_pkey on sk");
        assertThat(after.get(3)).contains("Sort");
        assertThat(after.get(4)).isEqualTo("        Sort Key: small.k");
        assertThat(after.get(5)).contains("Seq Scan on small");
        assertThat(run("select small.k, sk.id, sk.t from small join sk on sk.id = small.k order by 1").rows)
                .containsExactly(List.of("1", "1", "x1"), List.of("2", "2", "x2"), List.of("3", "3", "x3"));
    }

    @Test
    void pgClassShowsTheRowCountAnalyzeFound() {
        String q = "select reltuples, relpages > 0 from pg_class where relname = 'sk'";
        assertThat(run(q).rows).containsExactly(List.of("-1", "f"));
        run("vacuum analyze sk");
        assertThat(run(q).rows).containsExactly(List.of("10000", "t"));
    }

    @Test
    void analyzeOfSomeColumnsKeepsTheOthersStatistics() {
        run("analyze sk");
        run("update sk set k = 2 where k = 1");
        run("analyze sk (id)");
        assertThat(plan("select * from sk where k = 1").get(0)).startsWith("Seq Scan on sk");
        run("analyze sk (k)");
        assertThat(plan("select * from sk where k = 1").get(0)).startsWith("Index Scan using sk_k on sk");
        assertThat(plan("select * from sk where k = 2").get(0)).startsWith("Seq Scan on sk");
    }

    @Test
    void preparedStatementsArePlannedAgainAfterAnalyze() {
        run("prepare p as select * from sk where k = 1");
        assertThat(run("execute p").rows).hasSize(9000);
        PgSession pg = (PgSession) s;
        assertThat(scan(pg.statement("p").analyzed.plan())).isInstanceOf(IndexScan.class);
        run("analyze sk");
        assertThat(run("execute p").rows).hasSize(9000);
        assertThat(scan(pg.statement("p").analyzed.plan())).isInstanceOf(SeqScan.class);
    }

    /** The first node EXPLAIN would show (a projection is shown as part of its input). */
    private static PlanNode scan(PlanNode p) {
        while (p.explainTitle() == null) {
            p = p.children().get(0);
        }
        return p;
    }

    @Test
    void pgStatsShowsWhatAnalyzeFound() {
        assertThat(run("select count(*) from pg_stats where tablename = 'sk'").rows).containsExactly(List.of("0"));
        run("analyze sk");
        // the same values PostgreSQL 15 shows for this table
        assertThat(run("select attname, null_frac, n_distinct, most_common_vals, most_common_freqs,"
                + " histogram_bounds is not null from pg_stats where tablename = 'sk' order by attname").rows)
                .containsExactly(Arrays.asList("id", "0", "-1", null, null, "t"),
                        Arrays.asList("k", "0", "-0.1001", "{1}", "{0.9}", "t"),
                        Arrays.asList("t", "0", "-1", null, null, "t"));
    }

    @Test
    void analyzeRunsInATransactionBlockAndVacuumDoesNot() {
        run("begin");
        assertThat(run("analyze small").tags).containsExactly("ANALYZE");
        assertThatThrownBy(() -> run("vacuum small")).isInstanceOf(PgException.class)
                .hasMessage("VACUUM cannot run inside a transaction block")
                .extracting(e -> ((PgException) e).state()).isEqualTo(SqlState.ACTIVE_SQL_TRANSACTION);
        run("rollback");
        assertThatThrownBy(() -> run("vacuum small; select 1")).isInstanceOf(PgException.class)
                .hasMessage("VACUUM cannot run inside a transaction block");
        assertThatThrownBy(() -> run("select 1; vacuum small")).isInstanceOf(PgException.class)
                .hasMessage("VACUUM cannot run inside a transaction block");
        RecordingSink both = run("analyze small; select 1");
        assertThat(both.tags).containsExactly("ANALYZE", "SELECT 1");
        assertThat(run("vacuum small").tags).containsExactly("VACUUM");
    }

    @Test
    void optionsAndColumnListsAreCheckedAsPostgresChecksThem() {
        assertThat(run("vacuum (verbose, analyze) small (k)").tags).containsExactly("VACUUM");
        assertThat(run("vacuum full freeze verbose analyze small").tags).containsExactly("VACUUM");
        RecordingSink verbose = run("analyze verbose small");
        assertThat(verbose.notices).extracting(PgException::getMessage).containsExactly("analyzing \"public.small\"",
                "\"small\": scanned 1 of 1 pages, containing 3 live rows and 0 dead rows; 3 rows in sample,"
                        + " 3 estimated total rows");
        assertThatThrownBy(() -> run("vacuum nosuch")).isInstanceOf(PgException.class)
                .hasMessage("relation \"nosuch\" does not exist")
                .extracting(e -> ((PgException) e).position()).isEqualTo(0);
        assertError("vacuum (bogus) small", SqlState.SYNTAX_ERROR, "unrecognized VACUUM option \"bogus\"");
        assertError("analyze (full) small", SqlState.SYNTAX_ERROR, "unrecognized ANALYZE option \"full\"");
        assertError("vacuum small (k)", SqlState.FEATURE_NOT_SUPPORTED,
                "ANALYZE option must be specified when a column list is provided");
        assertError("analyze small (nosuch)", SqlState.UNDEFINED_COLUMN,
                "column \"nosuch\" of relation \"small\" does not exist");
        assertError("analyze small (k, k)", SqlState.DUPLICATE_COLUMN,
                "column \"k\" of relation \"small\" appears more than once");
        assertError("vacuum (full, disable_page_skipping) small", SqlState.FEATURE_NOT_SUPPORTED,
                "VACUUM option DISABLE_PAGE_SKIPPING cannot be used with FULL");
    }

    private void assertError(String sql, SqlState state, String message) {
        assertThatThrownBy(() -> run(sql)).isInstanceOf(PgException.class).hasMessage(message)
                .extracting(e -> ((PgException) e).state()).isEqualTo(state);
    }

    @Test
    void vacuumRefreshesTheRowCountOfAnAnalyzedTable() {
        assertThat(run("vacuum small").tags).containsExactly("VACUUM");
        // never analyzed: no count yet
        assertThat(run("select relpages, reltuples from pg_class where relname = 'small'").rows)
                .containsExactly(List.of("0", "-1"));
        run("analyze small");
        run("insert into small values (4)");
        run("delete from small where k = 1");
        assertThat(run("select reltuples from pg_class where relname = 'small'").rows).containsExactly(List.of("3"));
        run("vacuum small");
        assertThat(run("select relpages, reltuples from pg_class where relname = 'small'").rows)
                .containsExactly(List.of("1", "3"));
        run("insert into small values (5)");
        run("vacuum small");
        assertThat(run("select reltuples from pg_class where relname = 'small'").rows).containsExactly(List.of("4"));
    }
}
