package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.IndexExpressions;
import dev.olifant.catalog.system.Definitions;
import dev.olifant.error.PgException;
import dev.olifant.sql.parser.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionIndexTest {
    private final CommandFixture f = new CommandFixture();

    @Test
    void expressionKeysAreStoredAndComputedOverExistingRows() {
        f.run("CREATE TABLE t (id int, k text)");
        f.insert("t", 1, "Foo");
        f.insert("t", 2, "bar");
        assertThat(f.run("CREATE UNIQUE INDEX ON t (lower(k), id)")).isEqualTo("CREATE INDEX");
        Index idx = (Index) f.rel("t_lower_id_idx");
        assertThat(idx.keyColumns()).containsExactly(0, 1);
        assertThat(idx.expressions()).containsExactly("lower(k)");
        var storage = f.table("t").storage().index(idx.oid());
        assertThat(storage.lookup(new Object[] {"foo", 1}).hasNext()).isTrue();
        assertThat(storage.lookup(new Object[] {"Foo", 1}).hasNext()).isFalse();
        assertThat(f.run("CREATE INDEX ON t ((id + 1), (id * 2))")).isEqualTo("CREATE INDEX");
        assertThat(((Index) f.rel("t_expr_expr1_idx")).expressions()).containsExactly("id + 1", "id * 2");
    }

    @Test
    void uniqueBuildReportsTheComputedKey() {
        f.run("CREATE TABLE w (v text)");
        f.insert("w", "One");
        f.insert("w", "ONE");
        assertThatThrownBy(() -> f.run("CREATE UNIQUE INDEX u ON w (lower(v))"))
                .hasMessage("could not create unique index \"u\"")
                .satisfies(e -> assertThat(((PgException) e).detail()).isEqualTo("Key (lower(v))=(one) is duplicated."));
    }

    @Test
    void onlyImmutableFunctions() {
        f.run("CREATE TABLE t (v int)");
        assertThatThrownBy(() -> f.run("CREATE INDEX ON t ((random() > 0.5))"))
                .hasMessage("functions in index expression must be marked IMMUTABLE")
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo("42P17"));
        assertThatThrownBy(() -> f.run("CREATE INDEX ON t (v) WHERE now() > '2000-01-01'"))
                .hasMessage("functions in index predicate must be marked IMMUTABLE");
    }

    @Test
    void columnNamesRepeatWithNumbers() {
        assertThat(IndexExpressionDefs.distinct(List.of("expr", "expr", "lower", "expr")))
                .containsExactly("expr", "expr1", "lower", "expr2");
        assertThat(IndexExpressionDefs.columnName(Parser.parseExpression("lower(x)"))).isEqualTo("lower");
        assertThat(IndexExpressionDefs.columnName(Parser.parseExpression("a + b"))).isEqualTo("expr");
    }

    @Test
    void keyTextIsParenthesizedUnlessAFunctionCall() {
        assertThat(Definitions.indexKeyText("lower(k)")).isEqualTo("lower(k)");
        assertThat(Definitions.indexKeyText("a + b")).isEqualTo("(a + b)");
        assertThat(Definitions.indexKeyText("(a) + (b)")).isEqualTo("((a) + (b))");
    }

    @Test
    void catalogKeysMixColumnsAndCompiledExpressions() {
        Index idx = new Index(1, "i", 2, 3, 4, List.of(2, 0), List.of("x"), List.of(false, false),
                List.of(false, false), false, false, null);
        var compiled = new IndexExpressions.Compiled(List.of(dev.olifant.types.Types.INT4),
                List.of(row -> (Integer) row[0] * 10));
        assertThat(IndexExpressions.key(idx, compiled, new Object[] {4, "b"})).containsExactly("b", 40);
    }

    @Test
    void droppingAColumnAnExpressionReadsDropsTheIndex() {
        f.run("CREATE TABLE d (a int, k text)");
        f.run("CREATE INDEX d_l ON d (lower(k))");
        f.run("CREATE INDEX d_a ON d ((a + 1))");
        f.run("ALTER TABLE d DROP COLUMN k");
        assertThat(f.rel("d_l")).isNull();
        assertThat(f.rel("d_a")).isInstanceOf(Index.class);
    }
}
