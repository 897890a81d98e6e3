package dev.olifant.sql.analyze;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DISTINCT ON against ORDER BY: the DISTINCT ON targets must lead the ORDER BY list, in any order. */
class DistinctOnCheckTest {
    private static final List<Expr> ON = List.of(new ColumnRef(List.of("a"), false, 20),
            new ColumnRef(List.of("b"), false, 23));

    @Test
    void leadingOrderByInAnyOrderIsAccepted() {
        assertThatCode(() -> DistinctOnCheck.check(ON, List.of(0, 1), List.of(1, 0, 2))).doesNotThrowAnyException();
        assertThatCode(() -> DistinctOnCheck.check(ON, List.of(0, 1), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> DistinctOnCheck.check(ON, List.of(0, 1), List.of(0))).doesNotThrowAnyException();
    }

    @Test
    void orderByItemBeforeADistinctOnTargetIsRejectedAtThatTarget() {
        assertThatThrownBy(() -> DistinctOnCheck.check(ON, List.of(0, 1), List.of(0, 2, 1)))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.getMessage())
                            .isEqualTo("SELECT DISTINCT ON expressions must match initial ORDER BY expressions");
                    org.assertj.core.api.Assertions.assertThat(e.position()).isEqualTo(24);
                });
    }

    @Test
    void distinctOnTargetMissingFromANonEmptyOrderByIsRejected() {
        assertThatThrownBy(() -> DistinctOnCheck.check(ON, List.of(0, 1), List.of(2)))
                .isInstanceOfSatisfying(PgException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.position()).isEqualTo(21));
    }
}
