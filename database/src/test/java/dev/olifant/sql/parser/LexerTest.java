package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.StringKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<String> kinds(String sql) {
        Tokens t = Lexer.tokenize(sql);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count; i++) {
            out.add(t.kinds[i] + (t.values[i] == null ? "" : ":" + t.values[i]));
        }
        return out;
    }

    private static Tokens tokens(String sql) {
        return Lexer.tokenize(sql);
    }

    @Test
    void identifiersFoldAsciiAndKeepQuoted() {
        assertThat(kinds("SELECT Foo, \"Bar\", \"a\"\"b\", x$1, _y, été"))
                .containsExactly("KEYWORD:select", "IDENT:foo", "COMMA", "IDENT:Bar", "COMMA", "IDENT:a\"b", "COMMA",
                        "IDENT:x$1", "COMMA", "IDENT:_y", "COMMA", "IDENT:été", "EOF");
    }

    @Test
    void keywordsCarryTheirCategory() {
        Tokens t = tokens("select name from");
        assertThat(t.keywords[0].category()).isEqualTo(Keywords.Category.RESERVED);
        assertThat(t.kinds[1]).isEqualTo(TokenKind.KEYWORD);
        assertThat(t.keywords[1].category()).isEqualTo(Keywords.Category.UNRESERVED);
        assertThat(t.keywords[2].bareLabel()).isFalse();
    }

    @Test
    void longIdentifiersAreTruncatedTo63Bytes() {
        String longName = "a".repeat(70);
        assertThat(tokens(longName).values[0]).hasSize(63);
        assertThat(tokens("\"" + "é".repeat(40) + "\"").values[0]).hasSize(31);
    }

    @Test
    void numbers() {
        assertThat(kinds("1 1.5 .5 1. 1e10 1.5E-3 1e+2 12345678901234567890"))
                .containsExactly("INTEGER:1", "DECIMAL:1.5", "DECIMAL:.5", "DECIMAL:1.", "DECIMAL:1e10",
                        "DECIMAL:1.5E-3", "DECIMAL:1e+2", "INTEGER:12345678901234567890", "EOF");
        assertThat(kinds("1..2")).containsExactly("INTEGER:1", "DOT_DOT:..", "INTEGER:2", "EOF");
    }

    @Test
    void trailingJunkAfterNumbers() {
        for (String[] c : new String[][] {{"select 1abc", "1abc"}, {"select 0x1F", "0x1F"}, {"select 1e", "1e"},
                {"select 1e+", "1e+"}, {"select 1.x", "1.x"}, {"select 1a.b", "1a"}, {"select 1_000", "1_000"}}) {
            assertThatThrownBy(() -> Lexer.tokenize(c[0]))
                    .isInstanceOfSatisfying(PgException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("trailing junk after numeric literal at or near \"" + c[1]
                                + "\"");
                        assertThat(e.position()).isEqualTo(8);
                    });
        }
    }

    @Test
    void strings() {
        Tokens t = tokens("'it''s' E'a\\nb\\t\\\\\\'' e'\\x41\\101\\u00e9\\U0001F600' U&'\\0041\\+000042' "
                + "U&'!0041' UESCAPE '!' B'101' X'1f' $$a'b$$ $tag$x$y$tag$");
        assertThat(t.values[0]).isEqualTo("it's");
        assertThat(t.values[1]).isEqualTo("a\nb\t\\'");
        assertThat(t.aux[1]).isEqualTo(StringKind.ESCAPE.ordinal());
        assertThat(t.values[2]).isEqualTo("AAé\uD83D\uDE00");
        assertThat(t.values[3]).isEqualTo("AB");
        assertThat(t.aux[3]).isEqualTo(StringKind.UNICODE.ordinal());
        assertThat(t.values[4]).isEqualTo("A");
        assertThat(t.values[5]).isEqualTo("101");
        assertThat(t.aux[5]).isEqualTo(StringKind.BIT.ordinal());
        assertThat(t.values[6]).isEqualTo("1f");
        assertThat(t.aux[6]).isEqualTo(StringKind.HEX_BIT.ordinal());
        assertThat(t.values[7]).isEqualTo("a'b");
        assertThat(t.values[8]).isEqualTo("x$y");
        assertThat(t.kinds[9]).isEqualTo(TokenKind.EOF);
    }

    @Test
    void stringsSeparatedByNewlineAreConcatenated() {
        assertThat(kinds("'a'\n'b'")).containsExactly("STRING:ab", "EOF");
        assertThat(kinds("'a' -- c\n  'b'")).containsExactly("STRING:ab", "EOF");
        assertThat(kinds("'a' 'b'")).containsExactly("STRING:a", "STRING:b", "EOF");
    }

    @Test
    void nationalCharacterStrings() {
        assertThat(kinds("N'abc' n'x'")).containsExactly("KEYWORD:nchar", "STRING:abc", "KEYWORD:nchar", "STRING:x",
                "EOF");
        assertThat(SqlPrinter.print(Parser.parseOne("select n'abc'"))).isEqualTo("SELECT character 'abc'");
    }

    @Test
    void unicodeIdentifier() {
        assertThat(kinds("U&\"a\\0041\"")).containsExactly("IDENT:aA", "EOF");
    }

    @Test
    void parametersAndPunctuation() {
        assertThat(kinds("$1 $23 :: := => .. ( ) [ ] , ; . :"))
                .containsExactly("PARAM", "PARAM", "TYPECAST:::", "COLON_EQUALS::=", "EQUALS_GREATER:=>",
                        "DOT_DOT:..", "LPAREN", "RPAREN", "LBRACKET", "RBRACKET", "COMMA", "SEMICOLON", "DOT:.",
                        "COLON::", "EOF");
        assertThat(tokens("$12").aux[0]).isEqualTo(12);
    }

    @Test
    void operatorsFollowPostgresRules() {
        assertThat(kinds("a+-b")).containsExactly("IDENT:a", "PLUS:+", "MINUS:-", "IDENT:b", "EOF");
        assertThat(kinds("a=-1")).containsExactly("IDENT:a", "EQ:=", "MINUS:-", "INTEGER:1", "EOF");
        assertThat(kinds("a@-1")).containsExactly("IDENT:a", "OP:@-", "INTEGER:1", "EOF");
        assertThat(kinds("a != b <> c <= d >= e")).containsExactly("IDENT:a", "NOT_EQUALS:<>", "IDENT:b",
                "NOT_EQUALS:<>", "IDENT:c", "LESS_EQUALS:<=", "IDENT:d", "GREATER_EQUALS:>=", "IDENT:e", "EOF");
        assertThat(kinds("a ->> 'x' || b ~* c !~~ d")).containsExactly("IDENT:a", "OP:->>", "STRING:x", "OP:||",
                "IDENT:b", "OP:~*", "IDENT:c", "OP:!~~", "IDENT:d", "EOF");
        assertThat(kinds("a*/*c*/b")).containsExactly("IDENT:a", "STAR:*", "IDENT:b", "EOF");
        assertThat(kinds("a+--c\nb")).containsExactly("IDENT:a", "PLUS:+", "IDENT:b", "EOF");
    }

    @Test
    void commentsNest() {
        assertThat(kinds("/* a /* b */ c */ 1 -- x\n2")).containsExactly("INTEGER:1", "INTEGER:2", "EOF");
    }

    @Test
    void tokenSpans() {
        Tokens t = tokens("  select  'a''b' ");
        assertThat(t.starts[0]).isEqualTo(2);
        assertThat(t.ends[0]).isEqualTo(8);
        assertThat(t.text(1)).isEqualTo("'a''b'");
        assertThat(t.starts[2]).isEqualTo(17);
    }

    @Test
    void unterminatedTokens() {
        assertError("select 'abc", "unterminated quoted string at or near \"'abc\"", 8);
        assertError("select \"abc", "unterminated quoted identifier at or near \"\"abc\"", 8);
        assertError("select 1 /* x", "unterminated /* comment at or near \"/* x\"", 10);
        assertError("select $$abc", "unterminated dollar-quoted string at or near \"$$abc\"", 8);
        assertError("select b'12", "unterminated bit string literal at or near \"b'12\"", 8);
        assertError("select x'1", "unterminated hexadecimal string literal at or near \"x'1\"", 8);
        assertError("select \"\"", "zero-length delimited identifier at or near \"\"\"\"", 8);
        assertError("select $1abc", "trailing junk after parameter at or near \"$1abc\"", 8);
    }

    private static void assertError(String sql, String message, int position) {
        assertThatThrownBy(() -> Lexer.tokenize(sql))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.state().code()).isEqualTo("42601");
                });
    }
}
