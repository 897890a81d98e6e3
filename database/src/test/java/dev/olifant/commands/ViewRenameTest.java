package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import org.junit.jupiter.api.Test;

class ViewRenameTest {
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    @Test
    void createViewAndReplace() {
        f.run("CREATE TABLE t (a int, b text)");
        assertThat(f.run("CREATE VIEW v AS SELECT a, b FROM t WHERE a > 1;")).isEqualTo("CREATE VIEW");
        View v = (View) f.rel("v");
        assertThat(v.query()).isEqualTo("SELECT a, b FROM t WHERE a > 1");
        assertThat(v.columns()).extracting(View.ViewColumn::name).containsExactly("a", "b");
        assertThat(v.columns().get(0).type()).isEqualTo(Types.INT4);
        fails(() -> f.run("CREATE VIEW v AS SELECT 1"), "42P07", "relation \"v\" already exists");
        f.run("CREATE OR REPLACE VIEW v AS SELECT a, b, a + 1 AS c FROM t");
        assertThat(((View) f.rel("v")).columns()).hasSize(3);
        fails(() -> f.run("CREATE OR REPLACE VIEW v AS SELECT a FROM t"), "42P16", "cannot drop columns from view");
        fails(() -> f.run("CREATE OR REPLACE VIEW v AS SELECT b AS x, a, 1 AS c FROM t"), "42P16",
                "cannot change name of view column \"a\" to \"x\"");
        fails(() -> f.run("CREATE VIEW w (x, y) AS SELECT 1"), "42601",
                "CREATE VIEW specifies more column names than columns");
    }

    @Test
    void dropTableWithDependentViews() {
        f.run("CREATE TABLE t (a int)");
        f.run("CREATE VIEW v AS SELECT a FROM t");
        f.run("CREATE VIEW v2 AS SELECT a FROM v");
        assertThatThrownBy(() -> f.run("DROP TABLE t")).isInstanceOf(PgException.class)
                .hasMessage("cannot drop table t because other objects depend on it")
                .satisfies(e -> {
                    PgException p = (PgException) e;
                    assertThat(p.state().code()).isEqualTo("2BP01");
                    assertThat(p.detail()).isEqualTo("view v depends on table t\nview v2 depends on view v");
                    assertThat(p.hint()).isEqualTo("Use DROP ... CASCADE to drop the dependent objects too.");
                });
        f.run("DROP VIEW v2");
        f.run("DROP TABLE t CASCADE");
        assertThat(f.rel("v")).isNull();
        assertThat(f.rel("t")).isNull();
        assertThat(f.noticeTexts()).containsExactly("drop cascades to view v");
    }

    @Test
    void renames() {
        f.run("CREATE TABLE t (a int PRIMARY KEY, b int CHECK (b > a))");
        assertThat(f.run("ALTER TABLE t RENAME TO u")).isEqualTo("ALTER TABLE");
        assertThat(f.rel("t")).isNull();
        f.run("ALTER TABLE u RENAME COLUMN b TO c");
        assertThat(f.table("u").column("c")).isNotNull();
        assertThat(f.table("u").constraints().get(1).checkExpr()).isEqualTo("c > a");
        fails(() -> f.run("ALTER TABLE u RENAME COLUMN c TO a"), "42701",
                "column \"a\" of relation \"u\" already exists");
        f.run("ALTER TABLE u RENAME CONSTRAINT t_pkey TO u_pk");
        assertThat(f.table("u").constraints()).extracting(Constraint::name).contains("u_pk");
        assertThat(f.rel("u_pk")).isInstanceOf(Index.class);
        assertThat(f.run("ALTER INDEX u_pk RENAME TO u_pkey")).isEqualTo("ALTER INDEX");
        assertThat(f.table("u").primaryKey().name()).isEqualTo("u_pkey");
        f.run("CREATE SCHEMA s");
        assertThat(f.run("ALTER SCHEMA s RENAME TO s2")).isEqualTo("ALTER SCHEMA");
        assertThat(f.catalog().namespace("s2")).isNotNull();
        f.run("ALTER TABLE IF EXISTS nope RENAME TO x");
        assertThat(f.noticeTexts()).containsExactly("relation \"nope\" does not exist, skipping");
    }
}
