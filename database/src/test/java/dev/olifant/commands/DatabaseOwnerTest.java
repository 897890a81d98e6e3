package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Sequence;
import dev.olifant.error.PgException;
import org.junit.jupiter.api.Test;

class DatabaseOwnerTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void createAndDropDatabase() {
        assertThat(f.run("CREATE DATABASE d1")).isEqualTo("CREATE DATABASE");
        assertThat(f.cluster.database("d1").info().ownerOid()).isEqualTo(10);
        assertThat(f.cluster.database("d1").committed().namespace("public")).isNotNull();
        fails(() -> f.run("CREATE DATABASE d1"), "42P04", "database \"d1\" already exists");
        fails(() -> f.run("CREATE DATABASE d2 TEMPLATE nope"), "3D000", "template database \"nope\" does not exist");
        fails(() -> f.run("DROP DATABASE postgres"), "55006", "cannot drop the currently open database");
        fails(() -> f.run("DROP DATABASE template1"), "42809", "cannot drop a template database");
        assertThat(f.run("ALTER DATABASE d1 RENAME TO d3")).isEqualTo("ALTER DATABASE");
        fails(() -> f.run("ALTER DATABASE postgres RENAME TO p2"), "0A000", "current database cannot be renamed");
        f.run("ALTER DATABASE d3 RENAME TO d1");
        assertThat(f.run("DROP DATABASE d1")).isEqualTo("DROP DATABASE");
        assertThat(f.cluster.database("d1")).isNull();
        fails(() -> f.run("DROP DATABASE d1"), "3D000", "database \"d1\" does not exist");
        f.run("DROP DATABASE IF EXISTS d1");
        assertThat(f.noticeTexts()).containsExactly("database \"d1\" does not exist, skipping");
    }

    @Test
    void ownersAndSchemas() {
        f.run("CREATE SCHEMA s AUTHORIZATION pg_monitor");
        assertThat(f.catalog().namespace("s").ownerOid()).isEqualTo(3373L);
        f.run("ALTER SCHEMA s OWNER TO postgres");
        assertThat(f.catalog().namespace("s").ownerOid()).isEqualTo(10L);
        f.run("CREATE TABLE t (id serial PRIMARY KEY)");
        assertThat(f.run("ALTER TABLE t OWNER TO pg_monitor")).isEqualTo("ALTER TABLE");
        assertThat(f.table("t").ownerOid()).isEqualTo(3373L);
        assertThat(f.rel("t_id_seq").ownerOid()).isEqualTo(3373L);
        fails(() -> f.run("ALTER TABLE t OWNER TO nobody"), "42704", "role \"nobody\" does not exist");
        assertThat(f.run("ALTER TABLE t SET SCHEMA s")).isEqualTo("ALTER TABLE");
        assertThat(f.rel("t")).isNull();
        long s = f.catalog().namespace("s").oid();
        assertThat(f.catalog().relation(s, "t")).isNotNull();
        assertThat(f.catalog().relation(s, "t_pkey")).isNotNull();
        assertThat(f.catalog().relation(s, "t_id_seq")).isInstanceOf(Sequence.class);
    }

    @Test
    void commentOnDatabase() {
        assertThat(f.cluster.database("postgres").info().comment()).isEqualTo("default administrative connection database");
        f.run("CREATE DATABASE d1");
        assertThat(f.run("COMMENT ON DATABASE d1 IS 'second'")).isEqualTo("COMMENT");
        assertThat(f.cluster.database("d1").info().comment()).isEqualTo("second");
        f.run("ALTER DATABASE d1 RENAME TO d2");
        assertThat(f.cluster.database("d2").info().comment()).isEqualTo("second");
        f.run("COMMENT ON DATABASE d2 IS NULL");
        assertThat(f.cluster.database("d2").info().comment()).isNull();
        fails(() -> f.run("COMMENT ON DATABASE nope IS 'x'"), "3D000", "database \"nope\" does not exist");
    }

    @Test
    void serialDefaultQuotesTheSequenceName() {
        f.run("CREATE SCHEMA \"Audit\"");
        f.run("CREATE TABLE \"Audit\".\"Events\" (id serial)");
        long ns = f.catalog().namespace("Audit").oid();
        var t = (dev.olifant.catalog.Table) f.catalog().relation(ns, "Events");
        assertThat(t.column("id").defaultExpr()).isEqualTo("nextval('\"Audit\".\"Events_id_seq\"'::regclass)");
    }
}
