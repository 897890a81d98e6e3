package dev.olifant.sql.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.sql.parser.Parser;
import org.junit.jupiter.api.Test;

class PartialIndexesTest {

    @Test
    void aConditionWithEveryTermOfThePredicateImpliesIt() {
        assertThat(PartialIndexes.implies(Parser.parseExpression("active"), "active")).isTrue();
        assertThat(PartialIndexes.implies(Parser.parseExpression("b > 1 AND (a = 1)"), "(a = 1)")).isTrue();
        assertThat(PartialIndexes.implies(Parser.parseExpression("a = 1 AND b > 1 AND c"), "((b > 1) AND (a = 1))"))
                .isTrue();
    }

    @Test
    void aMissingTermOrConditionDoesNot() {
        assertThat(PartialIndexes.implies(null, "active")).isFalse();
        assertThat(PartialIndexes.implies(Parser.parseExpression("a = 1"), "((a = 1) AND (b > 1))")).isFalse();
        assertThat(PartialIndexes.implies(Parser.parseExpression("a = 2"), "(a = 1)")).isFalse();
        assertThat(PartialIndexes.implies(Parser.parseExpression("a = 1 OR b > 1"), "(a = 1)")).isFalse();
    }
}
