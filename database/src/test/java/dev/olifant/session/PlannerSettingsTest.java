package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner settings Olifant accepts without a matching plan shape: types, ranges and display as PostgreSQL 15's. */
class PlannerSettingsTest {
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

    List<List<String>> rows(String sql) {
        RecordingSink sink = new RecordingSink();
        s.simpleQuery(sql, sink);
        return sink.rows;
    }

    @Test
    void realSettingsShowAsPostgresPrintsThem() {
        assertThat(rows("show seq_page_cost")).containsExactly(List.of("1"));
        assertThat(rows("show parallel_tuple_cost")).containsExactly(List.of("0.1"));
        rows("set local seq_page_cost = 0.1");
        rows("set random_page_cost = 1.5e1");
        assertThat(rows("show random_page_cost")).containsExactly(List.of("15"));
        rows("set parallel_setup_cost = 0");
        assertThat(rows("show parallel_setup_cost")).containsExactly(List.of("0"));
        assertThat(rows("select vartype, min_val, max_val, boot_val, category from pg_settings"
                + " where name = 'parallel_setup_cost'")).containsExactly(
                        List.of("real", "0", "1.79769e+308", "1000", "Query Tuning / Planner Cost Constants"));
        assertThatThrownBy(() -> rows("set cpu_tuple_cost = -1")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.getMessage()).isEqualTo(
                        "-1 is outside the valid range for parameter \"cpu_tuple_cost\" (0 .. 1.79769e+308)"));
    }

    @Test
    void formatsLikePrintfG() {
        assertThat(SettingValues.formatReal(0.01)).isEqualTo("0.01");
        assertThat(SettingValues.formatReal(1e-5)).isEqualTo("1e-05");
        assertThat(SettingValues.formatReal(1234567)).isEqualTo("1.23457e+06");
        assertThat(SettingValues.formatReal(123456)).isEqualTo("123456");
    }

    @Test
    void boolEnumAndBlockSizedSettings() {
        rows("set enable_bitmapscan = false");
        assertThat(rows("show enable_bitmapscan")).containsExactly(List.of("off"));
        rows("set force_parallel_mode = on");
        assertThat(rows("show force_parallel_mode")).containsExactly(List.of("on"));
        assertThatThrownBy(() -> rows("set force_parallel_mode = sometimes")).isInstanceOf(PgException.class)
                .hasMessage("invalid value for parameter \"force_parallel_mode\": \"sometimes\"");
        assertThat(rows("show min_parallel_table_scan_size")).containsExactly(List.of("8MB"));
        assertThat(rows("show min_parallel_index_scan_size")).containsExactly(List.of("512kB"));
        rows("set min_parallel_index_scan_size = 0");
        assertThat(rows("select setting, unit from pg_settings where name = 'min_parallel_index_scan_size'"))
                .containsExactly(List.of("0", "8kB"));
        assertThat(rows("show max_parallel_workers_per_gather")).containsExactly(List.of("2"));
        rows("set parallel_leader_participation = off");
        assertThat(rows("show parallel_leader_participation")).containsExactly(List.of("off"));
    }
}
