package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost-based join search seen through SQL: the order and methods it picks among analyzed
 * tables, the settings that steer it, and that every method returns the same rows.
 */
class JoinPlanningTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session s;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        s = db.session();
        run("CREATE TABLE big (id int PRIMARY KEY, grp int, pad text)");
        run("CREATE TABLE mid (id int PRIMARY KEY, big_id int)");
        run("CREATE TABLE small (id int, mid_id int)");
        run("CREATE TABLE tiny (id int, small_id int)");
        run("INSERT INTO big SELECT i, i % 50, 'p' || i FROM generate_series(1, 4000) i");
        run("INSERT INTO mid SELECT i, (i * 7) % 4000 + 1 FROM generate_series(1, 1000) i");
        run("INSERT INTO small SELECT i, (i * 3) % 1000 + 1 FROM generate_series(1, 60) i");
        run("INSERT INTO tiny SELECT i, i * 2 FROM generate_series(1, 5) i");
        run("ANALYZE big");
        run("ANALYZE mid");
        run("ANALYZE small");
        run("ANALYZE tiny");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<List<String>> run(String sql) {
        return RecordingSink.run(s, sql).rows;
    }

    private List<String> plan(String sql) {
        List<String> lines = new ArrayList<>();
        for (List<String> r : run("EXPLAIN (COSTS OFF) " + sql)) {
            lines.add(r.get(0));
        }
        return lines;
    }

    private static final String CHAIN = "SELECT big.id, mid.id, small.id, tiny.id FROM big, mid, small, tiny"
            + " WHERE big.id = mid.big_id AND mid.id = small.mid_id AND small.id = tiny.small_id";

    @Test
    void joinsTheSmallestTablesFirstWhateverTheWrittenOrder() {
        List<String> p = plan(CHAIN);
        // the deepest join reads tiny and small; big is reached last, through its primary key
        String text = String.join("\n", p);
        assertThat(text).doesNotStartWith("Hash Join\n  Hash Cond: (big.id");
        int tiny = indexOf(p, "on tiny");
        int small = indexOf(p, "on small");
        int big = indexOf(p, "on big");
        assertThat(depth(p.get(tiny))).isGreaterThan(depth(p.get(big)));
        assertThat(depth(p.get(small))).isGreaterThan(depth(p.get(big)));
        assertThat(text).contains("Index Cond: (id = mid.big_id)");
    }

    @Test
    void everyMethodReturnsTheSameRows() {
        List<List<String>> expected = sorted(run(CHAIN));
        assertThat(expected).hasSize(5);
        String[][] switches = {
            {"enable_hashjoin", "enable_mergejoin"}, {"enable_hashjoin", "enable_nestloop"},
            {"enable_mergejoin", "enable_nestloop"}, {"enable_indexscan"}, {"enable_sort"}};
        for (String[] off : switches) {
            for (String name : off) {
                run("SET " + name + " = off");
            }
            assertThat(sorted(run(CHAIN))).as(String.join(", ", off)).isEqualTo(expected);
            run("RESET ALL");
        }
    }

    @Test
    void methodSwitchesChangeThePlan() {
        String q = "SELECT * FROM big JOIN small ON big.id = small.id";
        run("SET enable_mergejoin = off");
        run("SET enable_nestloop = off");
        assertThat(plan(q).get(0)).isEqualTo("Hash Join");
        run("RESET ALL");
        run("SET enable_hashjoin = off");
        run("SET enable_nestloop = off");
        assertThat(plan(q)).contains("Merge Join", "  Merge Cond: (big.id = small.id)");
        run("RESET ALL");
        run("SET enable_hashjoin = off");
        run("SET enable_mergejoin = off");
        assertThat(plan(q)).containsExactly("Nested Loop", "  ->  Seq Scan on small",
                "  ->  Index Scan using big_pkey on big", "        Index Cond: (id = small.id)");
    }

    @Test
    void joinCollapseLimitKeepsExplicitJoinsInWrittenOrder() {
        run("SET join_collapse_limit = 1");
        List<String> p = plan("SELECT * FROM big JOIN mid ON big.id = mid.big_id JOIN tiny ON tiny.id = mid.id");
        assertThat(p).containsExactly("Hash Join", "  Hash Cond: (mid.id = tiny.id)", "  ->  Hash Join",
                "        Hash Cond: (big.id = mid.big_id)", "        ->  Seq Scan on big", "        ->  Hash",
                "              ->  Seq Scan on mid", "  ->  Hash", "        ->  Seq Scan on tiny");
        run("RESET join_collapse_limit");
        assertThat(plan("SELECT * FROM big JOIN mid ON big.id = mid.big_id JOIN tiny ON tiny.id = mid.id").get(0))
                .isEqualTo("Nested Loop");
    }

    @Test
    void mergeJoinMatchesDuplicateKeysAndNeverNulls() {
        run("CREATE TABLE l (k int)");
        run("CREATE TABLE r (k int)");
        run("INSERT INTO l VALUES (1), (2), (2), (NULL), (3), (5), (NULL)");
        run("INSERT INTO r VALUES (2), (2), (2), (NULL), (3), (4), (5), (5)");
        run("ANALYZE l");
        run("ANALYZE r");
        run("SET enable_hashjoin = off");
        run("SET enable_nestloop = off");
        assertThat(plan("SELECT * FROM l JOIN r ON l.k = r.k").get(0)).isEqualTo("Merge Join");
        assertThat(run("SELECT count(*) FROM l JOIN r ON l.k = r.k")).containsExactly(List.of("9"));
        assertThat(run("SELECT l.k, count(*) FROM l JOIN r ON l.k = r.k GROUP BY l.k ORDER BY 1"))
                .containsExactly(List.of("2", "6"), List.of("3", "1"), List.of("5", "2"));
    }

    private static int indexOf(List<String> plan, String part) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part + " not in " + plan);
    }

    private static int depth(String line) {
        return line.indexOf(line.strip());
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort((a, b) -> String.join(",", a).compareTo(String.join(",", b)));
        return out;
    }
}
