package dev.olifant.catalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrettyPredicateTest {

    @Test
    void simpleTermsOfAnAndLoseTheirParentheses() {
        assertThat(Definitions.prettyConjunction("((c = 1) AND (b IS NOT NULL))")).isEqualTo("c = 1 AND b IS NOT NULL");
        assertThat(Definitions.prettyConjunction("(val2 = 1)")).isEqualTo("val2 = 1");
        assertThat(Definitions.prettyConjunction("active")).isEqualTo("active");
    }

    @Test
    void aNestedListKeepsOnePairOfParentheses() {
        assertThat(Definitions.prettyConjunction("(((c = 1) OR (c = 2)) AND (a > 0))"))
                .isEqualTo("(c = 1 OR c = 2) AND a > 0");
        assertThat(Definitions.prettyConjunction("((a = 1) OR ((b = 2) AND (c = 3)))"))
                .isEqualTo("a = 1 OR (b = 2 AND c = 3)");
    }

    @Test
    void literalsAreNotSplit() {
        assertThat(Definitions.prettyConjunction("((b = ' AND (') AND (a > 0))")).isEqualTo("b = ' AND (' AND a > 0");
    }
}
