package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are PostgreSQL 15's output for the same calls. */
class StringFunctionsTest {
    private final TestContext ctx = new TestContext();

    private Object t(String name, Object... args) {
        List<dev.olifant.types.PgType> types = new java.util.ArrayList<>();
        for (Object a : args) {
            types.add(a instanceof Integer ? INT4 : a instanceof byte[] ? BYTEA : TEXT);
        }
        return ctx.call(name, types, args);
    }

    @Test
    void caseAndLength() {
        assertThat(t("initcap", "hello wORLD foo-bar")).isEqualTo("Hello World Foo-Bar");
        assertThat(t("upper", "straße")).isEqualTo("STRAßE");
        assertThat(t("lower", "ÀB")).isEqualTo("àb");
        assertThat(t("length", "héllo")).isEqualTo(5);
        assertThat(t("octet_length", "héllo")).isEqualTo(6);
        assertThat(t("bit_length", "ab")).isEqualTo(16);
        assertThat(t("char_length", "😀a")).isEqualTo(2);
        assertThat(ctx.call("length", List.of(BPCHAR), "ab  ")).isEqualTo(2);
    }

    @Test
    void substrings() {
        assertThat(t("substr", "hello", 0, 3)).isEqualTo("he");
        assertThat(t("substr", "hello", -1)).isEqualTo("hello");
        assertThat(t("substring", "hello", 2)).isEqualTo("ello");
        assertThat(t("substr", "hello", 10, 2)).isEqualTo("");
        assertThat(t("left", "abcde", -2)).isEqualTo("abc");
        assertThat(t("right", "abcde", 2)).isEqualTo("de");
        assertThat(t("overlay", "Txxxxas", "hom", 2, 4)).isEqualTo("Thomas");
        assertThat(t("strpos", "hello", "lo")).isEqualTo(4);
        assertThat(t("position", "hello", "z")).isEqualTo(0);
        assertThatThrownBy(() -> t("substr", "hello", 1, -1)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.SUBSTRING_ERROR);
            assertThat(e.getMessage()).isEqualTo("negative substring length not allowed");
        });
    }

    @Test
    void paddingTrimmingReplacing() {
        assertThat(t("lpad", "hi", 5, "xy")).isEqualTo("xyxhi");
        assertThat(t("rpad", "hello", 3)).isEqualTo("hel");
        assertThat(t("btrim", "xxhixx", "x")).isEqualTo("hi");
        assertThat(t("ltrim", "  hi ")).isEqualTo("hi ");
        assertThat(t("rtrim", "  hi ")).isEqualTo("  hi");
        assertThat(t("translate", "12345", "143", "ax")).isEqualTo("a2x5");
        assertThat(t("replace", "abcabc", "b", "XY")).isEqualTo("aXYcaXYc");
        assertThat(t("reverse", "abc")).isEqualTo("cba");
        assertThat(t("repeat", "ab", 3)).isEqualTo("ababab");
        assertThat(t("repeat", "ab", -1)).isEqualTo("");
        assertThat(t("split_part", "a,b,c", ",", -1)).isEqualTo("c");
        assertThat(t("split_part", "a,b,c", ",", 5)).isEqualTo("");
        assertThatThrownBy(() -> t("split_part", "a,b", ",", 0)).hasMessage("field position must not be zero");
        assertThat(t("ascii", "A")).isEqualTo(65);
        assertThat(t("chr", 8364)).isEqualTo("€");
        assertThatThrownBy(() -> t("chr", 0)).hasMessage("null character not permitted");
        assertThat(t("starts_with", "alphabet", "alph")).isEqualTo(true);
    }

    @Test
    void quotingAndFormat() {
        assertThat(t("quote_ident", "Foo")).isEqualTo("\"Foo\"");
        assertThat(t("quote_ident", "select")).isEqualTo("\"select\"");
        assertThat(t("quote_ident", "foo_1")).isEqualTo("foo_1");
        assertThat(t("quote_literal", "O'Reilly")).isEqualTo("'O''Reilly'");
        assertThat(t("quote_literal", "a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(ctx.call("quote_nullable", List.of(TEXT), (Object) null)).isEqualTo("NULL");
        assertThat(t("format", "%s-%I-%L-%%-%2$s", "a", "B c", "it's")).isEqualTo("a-\"B c\"-'it''s'-%-B c");
        assertThat(t("format", "[%5s][%-5s]", "ab", "cd")).isEqualTo("[   ab][cd   ]");
        assertThat(ctx.call("format", List.of(TEXT, INT4, TEXT), "%s %L", 5, null)).isEqualTo("5 NULL");
        assertThatThrownBy(() -> t("format", "%s %s", "a")).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.INVALID_PARAMETER_VALUE);
            assertThat(e.getMessage()).isEqualTo("too few arguments for format()");
        });
        assertThatThrownBy(() -> t("format", "%x", "a")).hasMessage("unrecognized format() type specifier \"x\"");
    }

    @Test
    void concatenation() {
        assertThat(ctx.call("concat", List.of(TEXT, INT4, TEXT, BOOL, NUMERIC), "a", 1, null, true,
                new BigDecimal("2.50"))).isEqualTo("a1t2.50");
        assertThat(ctx.call("concat_ws", List.of(TEXT, TEXT, TEXT, TEXT), ",", "a", null, "b")).isEqualTo("a,b");
        assertThat(ctx.call("concat_ws", List.of(TEXT, TEXT), null, "a")).isNull();
        assertThat(ctx.op("||", TEXT, TEXT, "a", "b")).isEqualTo("ab");
        assertThat(ctx.call("num_nulls", List.of(INT4, TEXT, TEXT), 1, null, null)).isEqualTo(2);
        assertThat(ctx.call("num_nonnulls", List.of(INT4, TEXT), 1, null)).isEqualTo(1);
    }

    @Test
    void hashingAndEncodings() {
        assertThat(t("md5", "abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(t("to_hex", 255)).isEqualTo("ff");
        assertThat(t("to_hex", -1)).isEqualTo("ffffffff");
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(t("encode", hello, "base64")).isEqualTo("aGVsbG8=");
        assertThat(t("encode", new byte[] {0, (byte) 0xff}, "escape")).isEqualTo("\\000\\377");
        assertThat(t("encode", "hi".getBytes(StandardCharsets.UTF_8), "hex")).isEqualTo("6869");
        assertThat((byte[]) t("decode", "aGVsbG8=", "base64")).isEqualTo(hello);
        assertThat((byte[]) t("decode", "6869", "hex")).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) t("decode", "a\\000b", "escape")).isEqualTo(new byte[] {'a', 0, 'b'});
        assertThat(t("encode", new byte[60], "base64").toString()).contains("\n");
        assertThatThrownBy(() -> t("encode", hello, "rot13")).hasMessage("unrecognized encoding: \"rot13\"");
        assertThat((byte[]) t("sha256", "abc".getBytes(StandardCharsets.UTF_8))).hasSize(32);
        assertThat(ctx.call("convert_from", List.of(BYTEA, NAME), "é".getBytes(StandardCharsets.UTF_8), "UTF8"))
                .isEqualTo("é");
    }

    @Test
    void arraysAndStrings() {
        ArrayValue parts = (ArrayValue) ctx.call("string_to_array", List.of(TEXT, TEXT), "a,b,,c", ",");
        assertThat(parts.elements()).containsExactly("a", "b", "", "c");
        ArrayValue withNull = (ArrayValue) ctx.call("string_to_array", List.of(TEXT, TEXT, TEXT), "a,*,c", ",", "*");
        assertThat(withNull.elements()).containsExactly("a", null, "c");
        ArrayValue chars = (ArrayValue) ctx.call("string_to_array", List.of(TEXT, TEXT), "abc", null);
        assertThat(chars.elements()).containsExactly("a", "b", "c");
        assertThat(((ArrayValue) ctx.call("string_to_array", List.of(TEXT, TEXT), "", ",")).elements()).isEmpty();
        ArrayValue ints = ArrayValue.oneDimensional(INT4, new Object[] {1, null, 3});
        assertThat(ctx.call("array_to_string", List.of(INT4_ARRAY, TEXT), ints, "-")).isEqualTo("1-3");
        assertThat(ctx.call("array_to_string", List.of(INT4_ARRAY, TEXT, TEXT), ints, "-", "*")).isEqualTo("1-*-3");
    }
}
