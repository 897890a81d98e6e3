package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Constraint;
import dev.olifant.error.PgException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AlterTableTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void addAndDropColumns() {
        f.run("CREATE TABLE items (id integer, name text)");
        f.insert("items", 1, "apple");
        assertThat(f.run("ALTER TABLE items ADD COLUMN price numeric(8,2)")).isEqualTo("ALTER TABLE");
        f.run("ALTER TABLE items ADD COLUMN qty integer NOT NULL DEFAULT 0");
        assertThat(f.table("items").column("qty").missingValue()).isEqualTo(0);
        assertThat(f.table("items").column("qty").defaultExpr()).isEqualTo("0");
        fails(() -> f.run("ALTER TABLE items ADD COLUMN price integer"), "42701",
                "column \"price\" of relation \"items\" already exists");
        f.run("ALTER TABLE items ADD COLUMN IF NOT EXISTS price integer");
        fails(() -> f.run("ALTER TABLE items ADD COLUMN z int NOT NULL"), "23502",
                "column \"z\" of relation \"items\" contains null values");
        f.run("ALTER TABLE items DROP COLUMN name");
        assertThat(f.table("items").column("name")).isNull();
        assertThat(f.table("items").column(2).dropped()).isTrue();
        fails(() -> f.run("ALTER TABLE items DROP COLUMN name"), "42703",
                "column \"name\" of relation \"items\" does not exist");
        f.run("ALTER TABLE items DROP COLUMN IF EXISTS name");
        assertThat(f.noticeTexts()).containsExactly(
                "column \"price\" of relation \"items\" already exists, skipping",
                "column \"name\" of relation \"items\" does not exist, skipping");
    }

    @Test
    void addConstraintsValidatesRows() {
        f.run("CREATE TABLE items (id integer, price numeric, qty int DEFAULT 0)");
        f.insert("items", 1, new BigDecimal("0.50"), 0);
        f.run("ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY (id)");
        assertThat(f.table("items").column("id").notNull()).isTrue();
        f.run("ALTER TABLE items ADD CONSTRAINT price_positive CHECK (price > 0)");
        fails(() -> f.run("ALTER TABLE items ADD CONSTRAINT qty_small CHECK (qty < 0)"), "23514",
                "check constraint \"qty_small\" of relation \"items\" is violated by some row");
        assertThat(f.table("items").constraints()).extracting(Constraint::name)
                .containsExactly("items_pkey", "price_positive");
        f.run("ALTER TABLE items DROP CONSTRAINT items_pkey");
        assertThat(f.rel("items_pkey")).isNull();
        fails(() -> f.run("ALTER TABLE items DROP CONSTRAINT items_pkey"), "42704",
                "constraint \"items_pkey\" of relation \"items\" does not exist");
    }

    @Test
    void defaultsAndNotNull() {
        f.run("CREATE TABLE t (a int, b text)");
        f.insert("t", 1, null);
        f.run("ALTER TABLE t ALTER COLUMN b SET DEFAULT 'q'");
        assertThat(f.table("t").column("b").defaultExpr()).isEqualTo("'q'");
        f.run("ALTER TABLE t ALTER b DROP DEFAULT");
        assertThat(f.table("t").column("b").defaultExpr()).isNull();
        f.run("ALTER TABLE t ALTER a SET NOT NULL");
        assertThat(f.table("t").column("a").notNull()).isTrue();
        fails(() -> f.run("ALTER TABLE t ALTER b SET NOT NULL"), "23502",
                "column \"b\" of relation \"t\" contains null values");
    }
}
