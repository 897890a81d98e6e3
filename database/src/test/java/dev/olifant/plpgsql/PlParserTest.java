package dev.olifant.plpgsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import org.junit.jupiter.api.Test;

class PlParserTest {

    @Test
    void parsesBlocksDeclarationsAndStatements() {
        PlStmt.Block b = PlParser.parse("""
                DECLARE
                    i int := 0;
                    s text default 'x';
                    r record;
                BEGIN
                    FOR j IN 1..3 LOOP s := s || j; END LOOP;
                    IF i > 0 THEN RETURN 1; ELSIF i < 0 THEN RETURN 2; ELSE NULL; END IF;
                    SELECT a, b INTO STRICT i, s FROM t WHERE c = i;
                    PERFORM pg_sleep(0);
                    RAISE NOTICE 'i=%', i;
                    RETURN NEW;
                END
                """);
        assertThat(b.decls()).extracting(PlStmt.Decl::name).containsExactly("i", "s", "r");
        assertThat(b.decls().get(0).init().text()).isEqualTo("0");
        assertThat(b.decls().get(1).type()).isEqualTo("text");
        assertThat(b.body()).hasSize(6);
        assertThat(b.body().get(0)).isInstanceOf(PlStmt.ForInt.class);
        PlStmt.Sql sel = (PlStmt.Sql) b.body().get(2);
        assertThat(sel.sql().text()).isEqualTo("SELECT a, b FROM t WHERE c = i");
        assertThat(sel.into()).containsExactly("i", "s");
        assertThat(sel.strict()).isTrue();
        assertThat(b.body().get(4).line()).isEqualTo(10);
    }

    @Test
    void insertIntoIsNotAnIntoClause() {
        PlStmt.Block b = PlParser.parse("BEGIN INSERT INTO t VALUES (1) RETURNING a INTO x; END;");
        PlStmt.Sql ins = (PlStmt.Sql) b.body().get(0);
        assertThat(ins.sql().text()).isEqualTo("INSERT INTO t VALUES (1) RETURNING a");
        assertThat(ins.into()).containsExactly("x");
    }

    @Test
    void raiseWithSqlstateAndUsing() {
        PlStmt.Block b = PlParser.parse("BEGIN RAISE SQLSTATE '23503' USING MESSAGE = 'child row exists'; END;");
        PlStmt.Raise r = (PlStmt.Raise) b.body().get(0);
        assertThat(r.condition()).isEqualTo("sqlstate 23503");
        assertThat(r.optionNames()).containsExactly("message");
    }

    @Test
    void syntaxErrorsNameTheToken() {
        assertThatThrownBy(() -> PlParser.parse("begin retur 1; end")).isInstanceOf(PgException.class)
                .hasMessage("syntax error at or near \"retur\"");
    }
}
