package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import org.junit.jupiter.api.Test;

class SchemaSequenceTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void createAndDropSchema() {
        assertThat(f.run("CREATE SCHEMA s")).isEqualTo("CREATE SCHEMA");
        assertThat(f.catalog().namespace("s").ownerOid()).isEqualTo(10);
        fails(() -> f.run("CREATE SCHEMA s"), "42P06", "schema \"s\" already exists");
        f.run("CREATE SCHEMA IF NOT EXISTS s");
        fails(() -> f.run("CREATE SCHEMA pg_x"), "42939", "unacceptable schema name \"pg_x\"");
        f.run("CREATE TABLE s.t (id serial PRIMARY KEY)");
        assertThatThrownBy(() -> f.run("DROP SCHEMA s")).hasMessage(
                "cannot drop schema s because other objects depend on it")
                .satisfies(e -> assertThat(((PgException) e).detail()).isEqualTo("table s.t depends on schema s"));
        assertThat(f.run("DROP SCHEMA s CASCADE")).isEqualTo("DROP SCHEMA");
        assertThat(f.catalog().namespace("s")).isNull();
        assertThat(f.catalog().relations()).noneMatch(r -> r.name().startsWith("t_"));
        fails(() -> f.run("DROP SCHEMA s"), "3F000", "schema \"s\" does not exist");
        f.run("DROP SCHEMA IF EXISTS s");
        assertThat(f.noticeTexts()).containsExactly("schema \"s\" already exists, skipping",
                "drop cascades to table s.t", "schema \"s\" does not exist, skipping");
    }

    @Test
    void sequencesWithOptions() {
        assertThat(f.run("CREATE SEQUENCE s1")).isEqualTo("CREATE SEQUENCE");
        Sequence s1 = (Sequence) f.rel("s1");
        assertThat(s1.type()).isEqualTo(Types.INT8);
        assertThat(s1.max()).isEqualTo(Long.MAX_VALUE);
        f.run("CREATE SEQUENCE s2 AS integer INCREMENT BY -2 CACHE 5 CYCLE");
        Sequence s2 = (Sequence) f.rel("s2");
        assertThat(s2.min()).isEqualTo(Integer.MIN_VALUE);
        assertThat(s2.max()).isEqualTo(-1);
        assertThat(s2.start()).isEqualTo(-1);
        assertThat(s2.cycle()).isTrue();
        fails(() -> f.run("CREATE SEQUENCE s3 INCREMENT 0"), "22023", "INCREMENT must not be zero");
        fails(() -> f.run("CREATE SEQUENCE s3 MINVALUE 10 MAXVALUE 5"), "22023",
                "MINVALUE (10) must be less than MAXVALUE (5)");
        fails(() -> f.run("CREATE SEQUENCE s3 START 0"), "22023", "START value (0) cannot be less than MINVALUE (1)");
        fails(() -> f.run("CREATE SEQUENCE s3 AS smallint MAXVALUE 100000"), "22023",
                "MAXVALUE (100000) is out of range for sequence data type smallint");
        fails(() -> f.run("CREATE SEQUENCE s1"), "42P07", "relation \"s1\" already exists");
        f.run("CREATE TABLE t (a int)");
        f.run("CREATE SEQUENCE s4 OWNED BY t.a");
        assertThat(((Sequence) f.rel("s4")).ownedByTable()).isEqualTo(f.table("t").oid());
        f.run("DROP TABLE t");
        assertThat(f.rel("s4")).isNull();
        assertThat(f.run("DROP SEQUENCE s1, s2")).isEqualTo("DROP SEQUENCE");
        assertThat(f.rel("s1")).isNull();
    }

    @Test
    void commentsAndTruncate() {
        f.run("CREATE TABLE t (id int PRIMARY KEY, v text)");
        f.insert("t", 1, "a");
        assertThat(f.run("COMMENT ON TABLE t IS 'things'")).isEqualTo("COMMENT");
        f.run("COMMENT ON COLUMN t.v IS 'value'");
        f.run("COMMENT ON CONSTRAINT t_pkey ON t IS 'key'");
        Table t = f.table("t");
        assertThat(f.catalog().comment(new Catalog.CommentKey(t.oid(), Oids.PG_CLASS, 0))).isEqualTo("things");
        assertThat(f.catalog().comment(new Catalog.CommentKey(t.oid(), Oids.PG_CLASS, 2))).isEqualTo("value");
        assertThat(f.catalog().comment(new Catalog.CommentKey(t.primaryKey().oid(), Oids.PG_CONSTRAINT, 0)))
                .isEqualTo("key");
        f.run("COMMENT ON TABLE t IS NULL");
        assertThat(f.catalog().comment(new Catalog.CommentKey(t.oid(), Oids.PG_CLASS, 0))).isNull();
        assertThat(f.run("TRUNCATE t")).isEqualTo("TRUNCATE TABLE");
        Table after = f.table("t");
        assertThat(after.storage()).isNotSameAs(t.storage());
        assertThat(after.storage().heap().size()).isZero();
        assertThat(after.storage().index(after.primaryKey().indexOid()).size()).isZero();
        assertThat(t.storage().heap().size()).isEqualTo(1);
    }
}
