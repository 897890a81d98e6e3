package dev.olifant.sql.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL lexer's tokens for callers outside the parser: procedural languages read their own
 * statements with it and find the SQL they embed (keywords lower-cased, identifiers folded,
 * strings with their value processed).
 */
public final class SqlTokens {
    private SqlTokens() {
    }

    /**
     * One token.
     *
     * @param keyword true for a keyword (then {@code value} is its lower-case spelling)
     */
    public record Token(TokenKind kind, int start, int end, String value, boolean keyword) {

        public boolean isWord() {
            return kind == TokenKind.IDENT || kind == TokenKind.KEYWORD;
        }

        public boolean is(String word) {
            return kind == TokenKind.KEYWORD && value.equals(word)
                    || kind == TokenKind.IDENT && value.equals(word);
        }
    }

    /** All tokens of {@code text}, ending with EOF; lexical errors are 42601 as PostgreSQL reports them. */
    public static List<Token> scan(String text) {
        Tokens t = Lexer.tokenize(text);
        List<Token> out = new ArrayList<>(t.count);
        for (int i = 0; i < t.count; i++) {
            String value = t.kinds[i] == TokenKind.PARAM ? "$" + t.aux[i] : t.values[i];
            out.add(new Token(t.kinds[i], t.starts[i], t.ends[i], value, t.kinds[i] == TokenKind.KEYWORD));
        }
        return out;
    }
}
