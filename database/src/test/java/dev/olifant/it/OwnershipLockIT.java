package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A role that does not own a table is refused DDL on it before it queues for the table's lock,
 * as PostgreSQL's RangeVar callbacks refuse it: it neither waits behind the sessions using the
 * table nor blocks them. Its lock_timeout turns a wait into 55P03, so a check made after the
 * lock would show here as a timeout instead of 42501.
 */
class OwnershipLockIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    @Test
    void nonOwnerIsRefusedWithoutWaitingForTheLock() throws Exception {
        String suffix = "_" + ProcessHandle.current().pid();
        String role = "olk_role" + suffix;
        String t = "olk_t" + suffix;
        try (Connection admin = SERVER.connect(); Statement a = admin.createStatement()) {
            a.execute("create role " + role);
            a.execute("create table " + t + " (id int primary key, v int)");
            try (Connection holder = SERVER.connect(); Statement h = holder.createStatement();
                    Connection other = SERVER.connect(); Statement o = other.createStatement()) {
                holder.setAutoCommit(false);
                h.execute("lock table " + t + " in access exclusive mode");
                o.execute("set lock_timeout = '2s'");
                o.execute("set role " + role);
                for (String ddl : new String[] {"alter table " + t + " add column x int",
                    "alter table " + t + " rename to " + t + "_2", "drop table " + t,
                    "create index on " + t + " (v)", "drop index " + t + "_pkey", "alter table " + t + " rename column v to w"}) {
                    long start = System.nanoTime();
                    assertThatThrownBy(() -> o.execute(ddl)).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))
                            .hasMessageContaining("must be owner of");
                    assertThat((System.nanoTime() - start) / 1_000_000).as(ddl).isLessThan(1500);
                }
                holder.rollback();
            } finally {
                a.execute("drop table " + t);
                a.execute("drop role " + role);
            }
        }
    }
}
