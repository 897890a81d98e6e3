package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import org.junit.jupiter.api.Test;

class DropAndIndexTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void dropTableRemovesIndexesAndSequences() {
        f.run("CREATE TABLE t (id serial PRIMARY KEY, v text)");
        assertThat(f.run("DROP TABLE t")).isEqualTo("DROP TABLE");
        assertThat(f.rel("t")).isNull();
        assertThat(f.rel("t_pkey")).isNull();
        assertThat(f.rel("t_id_seq")).isNull();
    }

    @Test
    void dropMissingAndWrongKind() {
        fails(() -> f.run("DROP TABLE items"), "42P01", "table \"items\" does not exist");
        assertThat(f.run("DROP TABLE IF EXISTS items, other")).isEqualTo("DROP TABLE");
        assertThat(f.noticeTexts()).containsExactly("table \"items\" does not exist, skipping",
                "table \"other\" does not exist, skipping");
        fails(() -> f.run("DROP INDEX nope"), "42704", "index \"nope\" does not exist");
        f.run("CREATE TABLE t (a int PRIMARY KEY)");
        assertThatThrownBy(() -> f.run("DROP TABLE t_pkey")).hasMessage("\"t_pkey\" is not a table")
                .satisfies(e -> assertThat(((PgException) e).hint()).isEqualTo("Use DROP INDEX to remove an index."));
        fails(() -> f.run("DROP INDEX t_pkey"), "2BP01",
                "cannot drop index t_pkey because constraint t_pkey on table t requires it");
    }

    @Test
    void createIndexBuildsOverRowsAndNamesItself() {
        f.run("CREATE TABLE items (id int, price numeric)");
        f.insert("items", 1, new java.math.BigDecimal("0.50"));
        f.insert("items", 2, new java.math.BigDecimal("0.75"));
        assertThat(f.run("CREATE INDEX ON items (price DESC)")).isEqualTo("CREATE INDEX");
        Index idx = (Index) f.rel("items_price_idx");
        assertThat(idx.descending()).containsExactly(true);
        assertThat(idx.nullsFirst()).containsExactly(true);
        Table t = f.table("items");
        assertThat(t.indexOids()).containsExactly(idx.oid());
        assertThat(t.storage().index(idx.oid()).size()).isEqualTo(2);
        f.run("CREATE INDEX ON items (price)");
        assertThat(f.rel("items_price_idx1")).isInstanceOf(Index.class);
        fails(() -> f.run("CREATE INDEX items_price_idx ON items (id)"), "42P07",
                "relation \"items_price_idx\" already exists");
        f.run("CREATE INDEX IF NOT EXISTS items_price_idx ON items (id)");
        assertThat(f.noticeTexts()).containsExactly("relation \"items_price_idx\" already exists, skipping");
        assertThat(f.run("DROP INDEX items_price_idx")).isEqualTo("DROP INDEX");
        assertThat(f.table("items").indexOids()).doesNotContain(idx.oid());
    }

    @Test
    void uniqueIndexChecksExistingRows() {
        f.run("CREATE TABLE t (a int, b text)");
        f.insert("t", 1, "x");
        f.insert("t", 1, "y");
        f.insert("t", null, "z");
        f.insert("t", null, "w");
        assertThatThrownBy(() -> f.run("CREATE UNIQUE INDEX u ON t (a)"))
                .hasMessage("could not create unique index \"u\"")
                .satisfies(e -> assertThat(((PgException) e).detail()).isEqualTo("Key (a)=(1) is duplicated."));
        f.run("CREATE UNIQUE INDEX u ON t (b)");
        fails(() -> f.run("CREATE INDEX ON t USING gist (a)"), "0A000", "access method \"gist\" is not supported yet");
        fails(() -> f.run("CREATE UNIQUE INDEX ON t USING hash (a)"), "0A000",
                "access method \"hash\" does not support unique indexes");
        fails(() -> f.run("CREATE INDEX ON t USING nosuch (a)"), "42704", "access method \"nosuch\" does not exist");
    }
}
