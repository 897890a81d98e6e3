package dev.olifant.plpgsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstitutionTest {

    @Test
    void variablesBecomeParametersButColumnsAndCallsStay() {
        Scope s = new Scope(null, null);
        s.declare("k", Types.INT4, false, false, 7);
        s.declare("count", Types.INT8, false, false, 1L);
        Substitution sub = Substitution.of("SELECT t.k, count(*) FROM t WHERE key = k AND n > count", s, List.of());
        assertThat(sub.sql).isEqualTo("SELECT t.k, count(*) FROM t WHERE key = $1 AND n > $2");
        assertThat(sub.types).containsExactly(Types.INT4, Types.INT8);
        assertThat(sub.values).containsExactly(7, 1L);
    }

    @Test
    void recordFieldsAndPositionalParameters() {
        Scope s = new Scope(null, null);
        Scope.Var arg = s.declare("a", Types.TEXT, false, false, "x");
        s.declare("new", Types.RECORD, false, false,
                new PlRow(List.of("id", "name"), List.of(Types.INT4, Types.TEXT), new Object[] {3, "n"}));
        Substitution sub = Substitution.of("SELECT NEW.name || $1", s, List.of(arg));
        assertThat(sub.sql).isEqualTo("SELECT $1 || $2");
        assertThat(sub.values).containsExactly("n", "x");
        assertThatThrownBy(() -> Substitution.of("SELECT new.nope", s, List.of()))
                .isInstanceOf(PgException.class).hasMessage("record \"new\" has no field \"nope\"");
    }

    @Test
    void aRowStarIsEveryFieldAsAParameter() {
        Scope s = new Scope(null, null);
        s.declare("old", Types.RECORD, false, false,
                new PlRow(List.of("id", "name"), List.of(Types.INT4, Types.TEXT), new Object[] {3, "n"}));
        Substitution sub = Substitution.of("INSERT INTO log SELECT OLD.*, 1", s, List.of());
        assertThat(sub.sql).isEqualTo("INSERT INTO log SELECT $1, $2, 1");
        assertThat(sub.types).containsExactly(Types.INT4, Types.TEXT);
        assertThat(sub.values).containsExactly(3, "n");
    }

    @Test
    void unassignedRecordsAreReported() {
        Scope s = new Scope(null, null);
        s.declare("r", Types.RECORD, false, false, null);
        assertThatThrownBy(() -> Substitution.of("SELECT r.x", s, List.of())).isInstanceOf(PgException.class)
                .hasMessage("record \"r\" is not assigned yet");
    }

    @Test
    void conditionsMatchByNameCodeAndClass() {
        assertThat(Conditions.matches(List.of("division_by_zero"), SqlState.DIVISION_BY_ZERO)).isTrue();
        assertThat(Conditions.matches(List.of("sqlstate 22012"), SqlState.DIVISION_BY_ZERO)).isTrue();
        assertThat(Conditions.matches(List.of("data_exception"), SqlState.DIVISION_BY_ZERO)).isTrue();
        assertThat(Conditions.matches(List.of("unique_violation"), SqlState.DIVISION_BY_ZERO)).isFalse();
        assertThat(Conditions.matches(List.of("others"), SqlState.QUERY_CANCELED)).isFalse();
    }
}
