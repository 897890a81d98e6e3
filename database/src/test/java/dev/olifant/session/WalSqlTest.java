package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pg_lsn, the WAL position functions and the WAL settings as SQL sees them (outputs as PostgreSQL 15's). */
class WalSqlTest {
    @TempDir
    Path dir;
    Instance instance;
    Session session;

    void start(Map<String, String> settings) {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", settings, null, null));
        session = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 1));
    }

    @AfterEach
    void stop() {
        if (instance != null) {
            session.close();
            instance.close();
        }
    }

    List<List<String>> rows(String sql) {
        RecordingSink s = new RecordingSink();
        session.simpleQuery(sql, s);
        return s.rows;
    }

    String value(String sql) {
        return rows(sql).get(0).get(0);
    }

    @Test
    void pgLsnInputOutputAndOperators() {
        start(Map.of());
        assertThat(rows("select '16/B374D848'::pg_lsn, '0/0'::pg_lsn - '0/10'::pg_lsn, '16/B374D848'::pg_lsn + 16, "
                + "'1/0'::pg_lsn > '0/FFFFFFFF'::pg_lsn, pg_wal_lsn_diff('1/0', '0/1'), '1/0'::pg_lsn - 1.5, "
                + "'ffffffff/ffffffff'::pg_lsn"))
                .containsExactly(List.of("16/B374D848", "-16", "16/B374D858", "t", "4294967295", "0/FFFFFFFF",
                        "FFFFFFFF/FFFFFFFF"));
        assertThat(rows("select pg_walfile_name('0/2000000'), pg_walfile_name('0/2000001')"))
                .containsExactly(List.of("000000010000000000000001", "000000010000000000000002"));
        assertThat(rows("select pg_catalog.pg_is_in_recovery()")).containsExactly(List.of("f"));
        assertThatThrownBy(() -> rows("select 'xyz'::pg_lsn")).isInstanceOf(PgException.class)
                .hasMessage("invalid input syntax for type pg_lsn: \"xyz\"");
        assertThatThrownBy(() -> rows("select 'FFFFFFFF/FFFFFFFF'::pg_lsn + 1")).isInstanceOf(PgException.class)
                .hasMessage("pg_lsn out of range");
    }

    @Test
    void currentWalLsnAdvancesWithCommits() {
        start(Map.of());
        assertThat(value("select pg_typeof(pg_current_wal_lsn())")).isEqualTo("pg_lsn");
        rows("create table t (x int)");
        String before = value("select pg_current_wal_lsn()");
        rows("insert into t values (1)");
        String after = value("select pg_current_wal_lsn()");
        assertThat(value("select '" + after + "'::pg_lsn > '" + before + "'::pg_lsn")).isEqualTo("t");
        assertThat(value("select pg_current_wal_insert_lsn() >= pg_current_wal_flush_lsn()")).isEqualTo("t");
        assertThat(value("select pg_current_wal_flush_lsn() = pg_current_wal_lsn()")).isEqualTo("t");
    }

    @Test
    void walSettingsAreVisibleInShowAndPgSettings() {
        start(Map.of());
        assertThat(value("show fsync")).isEqualTo("on");
        assertThat(value("show synchronous_commit")).isEqualTo("on");
        assertThat(value("show wal_sync_method")).isEqualTo("fdatasync");
        assertThat(value("show full_page_writes")).isEqualTo("on");
        assertThat(rows("select name, setting, unit, context, vartype, category from pg_settings where name in "
                + "('fsync', 'synchronous_commit', 'wal_sync_method', 'checkpoint_timeout', 'max_wal_size') order by 1"))
                .containsExactly(
                        java.util.Arrays.asList("checkpoint_timeout", "300", "s", "sighup", "integer",
                                "Write-Ahead Log / Checkpoints"),
                        java.util.Arrays.asList("fsync", "on", null, "sighup", "bool", "Write-Ahead Log / Settings"),
                        java.util.Arrays.asList("max_wal_size", "1024", "MB", "sighup", "integer",
                                "Write-Ahead Log / Checkpoints"),
                        java.util.Arrays.asList("synchronous_commit", "on", null, "user", "enum",
                                "Write-Ahead Log / Settings"),
                        java.util.Arrays.asList("wal_sync_method", "fdatasync", null, "sighup", "enum",
                                "Write-Ahead Log / Settings"));
        rows("set synchronous_commit = off");
        assertThat(value("show synchronous_commit")).isEqualTo("off");
    }

    @Test
    void serverWideSettingsComeFromTheConfiguration() {
        start(Map.of("fsync", "off", "synchronous_commit", "off"));
        assertThat(value("show fsync")).isEqualTo("off");
        assertThat(value("show synchronous_commit")).isEqualTo("off");
        assertThat(value("select source from pg_settings where name = 'fsync'")).isNotEqualTo("default");
    }
}
