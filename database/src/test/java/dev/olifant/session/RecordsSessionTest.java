package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composite values through a session, as pgjdbc's DatabaseMetaData uses them: record-returning
 * set functions in the select list, records carried through subqueries, field selection.
 * Expected values are PostgreSQL 15's.
 */
class RecordsSessionTest {
    @TempDir
    Path dir;
    Instance instance;
    Session s;

    @BeforeEach
    void start() {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", Map.of("autovacuum", "off"), null, null));
        s = instance.open(new StartupRequest("postgres", "postgres", Map.of(), 1));
        run("create schema shop");
        run("create sequence shop.order_seq");
        run("create table shop.lines (a int, b text, c int default nextval('shop.order_seq'), primary key (c, a))");
    }

    @AfterEach
    void close() {
        s.close();
        instance.close();
    }

    private RecordingSink run(String sql) {
        return RecordingSink.run(s, sql);
    }

    private List<List<String>> rows(String sql) {
        return run(sql).rows;
    }

    private static PgException error(Runnable r) {
        try {
            r.run();
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void expandArrayOverAnIndexKeyVector() {
        // PostgreSQL 15: the key of PRIMARY KEY (c, a) is indkey '3 1', expanded with 1-based positions
        assertThat(rows("select information_schema._pg_expandarray(i.indkey) from pg_index i"
                + " where i.indrelid = 'shop.lines'::regclass")).containsExactly(List.of("(3,1)"), List.of("(1,2)"));
        assertThat(rows("select (k).x, (k).n, pg_typeof((k).x) from (select information_schema._pg_expandarray("
                + "i.indkey) as k from pg_index i where i.indrelid = 'shop.lines'::regclass) s"))
                .containsExactly(List.of("3", "1", "smallint"), List.of("1", "2", "smallint"));
    }

    @Test
    void primaryKeyColumnsInKeyOrderAsPgjdbcAsksForThem() {
        String q = "SELECT result.COLUMN_NAME, result.KEY_SEQ FROM (SELECT a.attname AS COLUMN_NAME,"
                + " (information_schema._pg_expandarray(i.indkey)).n AS KEY_SEQ,"
                + " information_schema._pg_expandarray(i.indkey) AS KEYS, a.attnum AS A_ATTNUM,"
                + " i.indnkeyatts AS KEY_COUNT FROM pg_catalog.pg_class ct"
                + " JOIN pg_catalog.pg_attribute a ON (ct.oid = a.attrelid)"
                + " JOIN pg_catalog.pg_index i ON (a.attrelid = i.indrelid) WHERE ct.relname = 'lines'"
                + " AND i.indisprimary) result WHERE result.A_ATTNUM = (result.KEYS).x"
                + " AND result.KEY_SEQ <= KEY_COUNT ORDER BY result.key_seq";
        assertThat(rows(q)).containsExactly(List.of("c", "1"), List.of("a", "2"));
    }

    @Test
    void recordColumnsAreDescribedAsRecordWithoutTypmod() {
        RecordingSink r = run("select row(1, 'a'::varchar(3)), json_each('{\"k\": 1}')");
        Field row = r.descriptions.get(0).get(0);
        Field each = r.descriptions.get(0).get(1);
        assertThat(row.name()).isEqualTo("row");
        assertThat(row.typeOid()).isEqualTo(2249);
        assertThat(row.typeModifier()).isEqualTo(-1);
        assertThat(each.name()).isEqualTo("json_each");
        assertThat(each.typeModifier()).isEqualTo(-1);
        assertThat(r.rows).containsExactly(List.of("(1,a)", "(k,1)"));
    }

    @Test
    void fieldSelectionErrorsAreUnknownAttributes() {
        PgException notComposite = error(() -> run("select (1).x"));
        assertThat(notComposite.state()).isEqualTo(SqlState.WRONG_OBJECT_TYPE);
        assertThat(notComposite.getMessage())
                .isEqualTo("column notation .x applied to type integer, which is not a composite type");
        PgException noField = error(() -> run("select (row(1, 2)).f3"));
        assertThat(noField.state()).isEqualTo(SqlState.UNDEFINED_COLUMN);
        assertThat(noField.getMessage()).isEqualTo("could not identify column \"f3\" in record data type");
        // a record of no known shape (here: two shapes meeting in a CASE) has no nameable fields
        PgException anonymous = error(() -> run("select (case when true then row(1) else row('a'::text) end).f1"));
        assertThat(anonymous.state()).isEqualTo(SqlState.UNDEFINED_COLUMN);
    }

    @Test
    void aViewOfARecordStoresNoRecordTypmod() {
        run("create view shop.rv as select row(1, 'x'::text) as r");
        assertThat(rows("select atttypid, atttypmod from pg_attribute where attrelid = 'shop.rv'::regclass"))
                .containsExactly(List.of("2249", "-1"));
        assertThat(rows("select (r).f2 from shop.rv")).containsExactly(List.of("x"));
    }

    @Test
    void unqualifiedExpandArrayIsNotOnTheSearchPath() {
        assertThatThrownBy(() -> run("select _pg_expandarray(array[1])")).isInstanceOf(PgException.class)
                .extracting(e -> ((PgException) e).state()).isEqualTo(SqlState.UNDEFINED_FUNCTION);
    }

    @Test
    void nextvalDefaultsShowTheirRegclassArgument() {
        assertThat(rows("select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d"
                + " where d.adrelid = 'shop.lines'::regclass"))
                .containsExactly(List.of("nextval('shop.order_seq'::regclass)"));
    }

    @Test
    void aFreshIndexHasNoTuplesInOnePage() {
        assertThat(rows("select reltuples, relpages from pg_class where relname = 'lines_pkey'"))
                .containsExactly(List.of("0", "1"));
    }
}
