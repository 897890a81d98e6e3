package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regular expression operators and functions checked against PostgreSQL 15. */
class RegexTest {
    private final TestContext ctx = new TestContext();

    private boolean re(String op, String text, String pattern) {
        return (Boolean) ctx.op(op, TEXT, TEXT, text, pattern);
    }

    private Object[] arr(Object v) {
        return ((ArrayValue) v).elements();
    }

    @Test
    void operators() {
        assertThat(re("~", "abc", "^a.c$")).isTrue();
        assertThat(re("~*", "ABC", "abc")).isTrue();
        assertThat(re("!~", "abc", "b")).isFalse();
        assertThat(re("!~*", "abc", "B")).isFalse();
        assertThat(re("~", "foo bar", "\\mbar")).isTrue();
        assertThat(re("~", "foobar", "\\mbar")).isFalse();
        assertThat(re("~", "a1", "[[:digit:]]")).isTrue();
        assertThat(re("~", "a\nb", "a.b")).isTrue();
        assertThat(re("~", "ab\n", "b$")).isFalse();
        assertThat(re("~", "a]b", "[]]")).isTrue();
        assertThat(re("~", "a[b", "[[]")).isTrue();
        assertThat(re("~", "x", "^[[:alpha:]_][[:alnum:]_]*$")).isTrue();
    }

    @Test
    void invalidPatterns() {
        assertThatThrownBy(() -> re("~", "a", "(")).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.INVALID_REGULAR_EXPRESSION);
            assertThat(e.getMessage()).isEqualTo("invalid regular expression: parentheses () not balanced");
        });
        assertThatThrownBy(() -> ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, TEXT), "a", "a", "b", "z"))
                .hasMessage("invalid regular expression option: \"z\"");
    }

    @Test
    void replaceMatchSplit() {
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT), "foobarbaz", "b..", "X"))
                .isEqualTo("fooXbaz");
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, TEXT), "foobarbaz", "b(.)(.)", "[\\2\\1]",
                "g")).isEqualTo("foo[ra][za]");
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, TEXT), "ABC", "b", "x", "i"))
                .isEqualTo("AxC");
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, TEXT), "abc", "b", "<\\&>", "g"))
                .isEqualTo("a<b>c");
        assertThat(arr(ctx.call("regexp_match", List.of(TEXT, TEXT), "foobarbequebaz", "(bar)(beque)")))
                .containsExactly("bar", "beque");
        assertThat(arr(ctx.call("regexp_match", List.of(TEXT, TEXT), "abc", "b"))).containsExactly("b");
        assertThat(ctx.call("regexp_match", List.of(TEXT, TEXT), "abc", "z")).isNull();
        assertThat(arr(ctx.call("regexp_split_to_array", List.of(TEXT, TEXT), "hello world", "\\s+")))
                .containsExactly("hello", "world");
        assertThat(arr(ctx.call("regexp_split_to_array", List.of(TEXT, TEXT), "abc", "")))
                .containsExactly("a", "b", "c");
        assertThat(arr(ctx.call("regexp_split_to_array", List.of(TEXT, TEXT), "hello world", "\\s*")))
                .containsExactly("h", "e", "l", "l", "o", "w", "o", "r", "l", "d");
        assertThat(ctx.call("substring", List.of(TEXT, TEXT), "foobar", "o(.)b")).isEqualTo("o");
        assertThat(ctx.call("substring", List.of(TEXT, TEXT), "foobar", "z")).isNull();
        assertThat(ctx.call("regexp_count", List.of(TEXT, TEXT), "abcabc", "b")).isEqualTo(2);
    }

    @Test
    void regexpMatchesIsSetReturning() {
        ResolvedFunction f = SetReturningFunctions.resolve("regexp_matches", List.of(TEXT, TEXT, TEXT));
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) f.impl().invoke(ctx, new Object[] {"a1b2c3", "[a-z](\\d)", "g"});
        List<Object> groups = new ArrayList<>();
        it.forEachRemaining(v -> groups.add(arr(v)[0]));
        assertThat(groups).containsExactly("1", "2", "3");
    }

    @Test
    void similarTo() {
        String re = (String) ctx.call("similar_to_escape", List.of(TEXT), "a%");
        assertThat(re("~", "abc", re)).isTrue();
        String alt = (String) ctx.call("similar_to_escape", List.of(TEXT), "(a|b)c");
        assertThat(re("~", "abc", alt)).isFalse();
        assertThat(re("~", "bc", alt)).isTrue();
    }

    @Test
    void positionalVariants() {
        List<dev.olifant.types.PgType> t3i = List.of(TEXT, TEXT, TEXT, INT4);
        assertThat(ctx.call("regexp_replace", t3i, "abcabcabc", "b", "X", 4)).isEqualTo("abcaXcabc");
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, INT4, INT4), "abcabcabc", "b", "X", 1, 2))
                .isEqualTo("abcaXcabc");
        assertThat(ctx.call("regexp_replace", List.of(TEXT, TEXT, TEXT, INT4, INT4, TEXT), "abcabcabc", "B", "X", 1, 0,
                "i")).isEqualTo("aXcaXcaXc");
        assertThat(ctx.call("regexp_substr", List.of(TEXT, TEXT), "abcabc", "b.")).isEqualTo("bc");
        assertThat(ctx.call("regexp_substr", List.of(TEXT, TEXT, INT4, INT4, TEXT, INT4), "abcabc", "b(.)", 1, 2, "", 1))
                .isEqualTo("c");
        assertThat(ctx.call("regexp_instr", List.of(TEXT, TEXT, INT4, INT4), "abcabc", "c", 1, 2)).isEqualTo(6);
        assertThat(ctx.call("regexp_instr", List.of(TEXT, TEXT, INT4, INT4, INT4), "abcabc", "c", 1, 1, 1)).isEqualTo(4);
        assertThatThrownBy(() -> ctx.call("regexp_replace", t3i, "abc", "b", "X", 0))
                .hasMessage("invalid value for parameter \"start\": 0");
    }
}
