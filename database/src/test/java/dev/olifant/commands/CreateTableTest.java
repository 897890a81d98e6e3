package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import org.junit.jupiter.api.Test;

class CreateTableTest {
    private final CommandFixture f = new CommandFixture();

    private static org.assertj.core.api.AbstractThrowableAssert<?, ?> fails(Runnable r, String state, String msg) {
        return assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void createsColumnsWithTypesAndDefaults() {
        assertThat(f.run("CREATE TABLE t (a int NOT NULL, b numeric(8,2) DEFAULT 1.5, c text DEFAULT 'x, y')"))
                .isEqualTo("CREATE TABLE");
        Table t = f.table("t");
        assertThat(t.ownerOid()).isEqualTo(10);
        assertThat(t.columns()).extracting(Column::name).containsExactly("a", "b", "c");
        assertThat(t.column("a").type()).isEqualTo(Types.INT4);
        assertThat(t.column("a").notNull()).isTrue();
        assertThat(t.column("b").defaultExpr()).isEqualTo("1.5");
        assertThat(t.column("c").defaultExpr()).isEqualTo("'x, y'");
    }

    @Test
    void existingTableFailsOrIsSkipped() {
        f.run("CREATE TABLE t (a int)");
        fails(() -> f.run("CREATE TABLE t (b int)"), "42P07", "relation \"t\" already exists");
        assertThat(f.run("CREATE TABLE IF NOT EXISTS t (b int)")).isEqualTo("CREATE TABLE");
        assertThat(f.noticeTexts()).containsExactly("relation \"t\" already exists, skipping");
    }

    @Test
    void columnErrors() {
        fails(() -> f.run("CREATE TABLE t (a int, a text)"), "42701", "column \"a\" specified more than once");
        fails(() -> f.run("CREATE TABLE t2 (a nosuchtype)"), "42704", "type \"nosuchtype\" does not exist");
        fails(() -> f.run("CREATE TABLE t3 (a int DEFAULT 'abc')"), "22P02",
                "invalid input syntax for type integer: \"abc\"");
    }

    @Test
    void serialCreatesOwnedSequence() {
        f.run("CREATE TABLE t (id serial, big bigserial)");
        Table t = f.table("t");
        Column id = t.column("id");
        assertThat(id.notNull()).isTrue();
        assertThat(id.defaultExpr()).isEqualTo("nextval('t_id_seq'::regclass)");
        Sequence seq = (Sequence) f.rel("t_id_seq");
        assertThat(seq.oid()).isEqualTo(id.sequenceOid());
        assertThat(seq.ownedByTable()).isEqualTo(t.oid());
        assertThat(seq.max()).isEqualTo(Integer.MAX_VALUE);
        assertThat(((Sequence) f.rel("t_big_seq")).type()).isEqualTo(Types.INT8);
        assertThat(t.column("big").type()).isEqualTo(Types.INT8);
    }

    @Test
    void identityColumn() {
        f.run("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, v int)");
        Column id = f.table("t").column("id");
        assertThat(id.identity()).isEqualTo(Identity.ALWAYS);
        assertThat(id.notNull()).isTrue();
        assertThat(f.rel("t_id_seq")).isInstanceOf(Sequence.class);
    }

    @Test
    void primaryKeyUniqueAndChecks() {
        f.run("CREATE TABLE products (id int PRIMARY KEY, code text UNIQUE, price numeric CHECK (price > 0),"
                + " stock int, CONSTRAINT stock_nonnegative CHECK (stock >= 0), CHECK (price < 1000),"
                + " UNIQUE (code, price))");
        Table t = f.table("products");
        assertThat(t.column("id").notNull()).isTrue();
        assertThat(t.constraints()).extracting(Constraint::name).containsExactly("products_pkey",
                "products_code_key", "products_price_check", "stock_nonnegative", "products_price_check1",
                "products_code_price_key");
        Constraint pk = t.primaryKey();
        Index idx = (Index) f.catalog().relation(pk.indexOid());
        assertThat(idx.name()).isEqualTo("products_pkey");
        assertThat(idx.primary()).isTrue();
        assertThat(t.indexOids()).hasSize(3);
        assertThat(t.storage().index(pk.indexOid())).isNotNull();
        assertThat(t.constraints().get(2).checkExpr()).isEqualTo("price > 0");
        assertThat(t.constraints().get(2).kind()).isEqualTo(ConstraintKind.CHECK);
    }

    @Test
    void tableLevelPrimaryKeyAndErrors() {
        f.run("CREATE TABLE pairs (a int, b int, CONSTRAINT pairs_pk PRIMARY KEY (a, b))");
        assertThat(f.table("pairs").column("b").notNull()).isTrue();
        assertThat(f.rel("pairs_pk")).isInstanceOf(Index.class);
        fails(() -> f.run("CREATE TABLE twopk (a int PRIMARY KEY, b int PRIMARY KEY)"), "42P16",
                "multiple primary keys for table \"twopk\" are not allowed");
        fails(() -> f.run("CREATE TABLE k (a int, PRIMARY KEY (z))"), "42703",
                "column \"z\" named in key does not exist");
        fails(() -> f.run("CREATE TABLE k2 (a int CHECK (a + 'x'))"), "22P02",
                "invalid input syntax for type integer: \"x\"");
    }

    @Test
    void checkNamesFollowReferencedColumns() {
        f.run("CREATE TABLE p (a int, b int, CHECK (a > b), CHECK (a > 0), CHECK (1 > 0))");
        assertThat(f.table("p").constraints()).extracting(Constraint::name)
                .containsExactly("p_check", "p_a_check", "p_check1");
    }
}
