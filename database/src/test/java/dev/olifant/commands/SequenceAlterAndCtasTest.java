package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import org.junit.jupiter.api.Test;

class SequenceAlterAndCtasTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void alterSequence() {
        f.run("CREATE SEQUENCE s START 5 MAXVALUE 100");
        assertThat(f.run("ALTER SEQUENCE s INCREMENT 3 RESTART 10")).isEqualTo("ALTER SEQUENCE");
        Sequence s = (Sequence) f.rel("s");
        assertThat(s.increment()).isEqualTo(3);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.start()).isEqualTo(5);
        assertThat(s.data().lastValue()).isEqualTo(10);
        assertThat(s.data().isCalled()).isFalse();
        f.run("ALTER SEQUENCE s NO MAXVALUE AS integer");
        assertThat(((Sequence) f.rel("s")).max()).isEqualTo(Integer.MAX_VALUE);
        fails(() -> f.run("ALTER SEQUENCE s RESTART 0"), "22023", "RESTART value (0) cannot be less than MINVALUE (1)");
        fails(() -> f.run("ALTER SEQUENCE nope RESTART"), "42P01", "relation \"nope\" does not exist");
    }

    @Test
    void createTableAs() {
        f.run("CREATE TABLE src (a int, b numeric(6,2))");
        f.insert("src", 1, new java.math.BigDecimal("1.50"));
        f.insert("src", 2, new java.math.BigDecimal("2.50"));
        assertThat(f.run("CREATE TABLE dst AS SELECT a, b, 'x' AS c FROM src WHERE a > 1")).isEqualTo("SELECT 1");
        Table t = f.table("dst");
        assertThat(t.columns()).extracting(Column::name).containsExactly("a", "b", "c");
        assertThat(t.column("b").typmod()).isEqualTo(f.table("src").column("b").typmod());
        assertThat(t.column("c").type()).isEqualTo(Types.TEXT);
        assertThat(t.storage().heap().size()).isEqualTo(1);
        assertThat(t.storage().heap().fetch(0).values()[0]).isEqualTo(2);
        assertThat(f.run("CREATE TABLE d2 (x) AS SELECT a FROM src WITH NO DATA")).isEqualTo("CREATE TABLE AS");
        assertThat(f.table("d2").column("x")).isNotNull();
        fails(() -> f.run("CREATE TABLE d3 (x, y) AS SELECT a FROM src"), "42601",
                "too many column names were specified");
    }
}
