package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.sql.ast.CreateFunctionStmt;
import dev.olifant.sql.ast.CreateTriggerStmt;
import dev.olifant.sql.ast.DoStmt;
import dev.olifant.sql.ast.DropRoutineStmt;
import dev.olifant.sql.ast.FunctionParameter.ParameterMode;
import org.junit.jupiter.api.Test;

class RoutineParserTest {

    @Test
    void createFunctionWithNamedUnnamedAndDefaultParameters() {
        var s = (CreateFunctionStmt) Parser.parseOne("CREATE OR REPLACE FUNCTION f(k integer, double precision, "
                + "OUT o text, v text DEFAULT 'x') RETURNS SETOF int LANGUAGE plpgsql IMMUTABLE STRICT "
                + "PARALLEL SAFE AS $$ BEGIN END $$");
        assertThat(s.orReplace()).isTrue();
        assertThat(s.parameters()).extracting(p -> p.name()).containsExactly("k", null, "o", "v");
        assertThat(s.parameters().get(2).mode()).isEqualTo(ParameterMode.OUT);
        assertThat(s.parameters().get(3).defaultValue()).isNotNull();
        assertThat(s.returnType().setof()).isTrue();
        assertThat(s.language()).isEqualTo("plpgsql");
        assertThat(s.body()).isEqualTo(" BEGIN END ");
        assertThat(s.volatility()).isEqualTo('i');
        assertThat(s.strict()).isTrue();
        assertThat(s.parallel()).isEqualTo('s');
        assertThat(s.bodyLocation()).isEqualTo(("CREATE OR REPLACE FUNCTION f(k integer, double precision, "
                + "OUT o text, v text DEFAULT 'x') RETURNS SETOF int LANGUAGE plpgsql IMMUTABLE STRICT "
                + "PARALLEL SAFE AS $$").length());
    }

    @Test
    void createTriggerWithEventsWhenAndArguments() {
        String sql = "CREATE TRIGGER t BEFORE INSERT OR UPDATE OF a, b ON s.tab FOR EACH ROW WHEN (NEW.a > 0) "
                + "EXECUTE PROCEDURE f('x', 2)";
        var s = (CreateTriggerStmt) Parser.parseOne(sql);
        assertThat(s.timing()).isEqualTo("BEFORE");
        assertThat(s.events()).containsExactly("INSERT", "UPDATE");
        assertThat(s.updateColumns()).containsExactly("a", "b");
        assertThat(s.forEachRow()).isTrue();
        assertThat(s.whenText()).isEqualTo("NEW.a > 0");
        assertThat(sql.substring(s.whenLocation())).startsWith("NEW.a > 0");
        assertThat(s.arguments()).containsExactly("x", "2");
        assertThat(SqlPrinter.print(s)).isEqualTo("CREATE TRIGGER t BEFORE INSERT OR UPDATE OF a, b ON s.tab "
                + "FOR EACH ROW WHEN ((new.a > 0)) EXECUTE FUNCTION f('x', '2')");
    }

    @Test
    void dropFunctionAndDo() {
        var d = (DropRoutineStmt) Parser.parseOne("DROP FUNCTION IF EXISTS f(int, text), g CASCADE");
        assertThat(d.ifExists()).isTrue();
        assertThat(d.routines()).hasSize(2);
        assertThat(d.routines().get(1).parameters()).isNull();
        var x = (DoStmt) Parser.parseOne("DO $$ BEGIN NULL; END $$");
        assertThat(x.language()).isEqualTo("plpgsql");
    }
}
