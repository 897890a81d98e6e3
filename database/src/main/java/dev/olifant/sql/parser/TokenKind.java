package dev.olifant.sql.parser;

/**
 * Token kinds of the lexer. Keywords and identifiers are both words: a KEYWORD token carries its
 * {@link Keywords.Keyword}, an IDENT token is an unquoted non-keyword or any quoted identifier.
 */
public enum TokenKind {
    IDENT,
    KEYWORD,
    /** string constant of any {@link dev.olifant.sql.ast.StringKind}; the value is processed */
    STRING,
    /** integer constant (digits only) */
    INTEGER,
    /** decimal or exponent constant */
    DECIMAL,
    /** {@code $n} */
    PARAM,
    /** any other operator; the value is its text */
    OP,
    LPAREN, RPAREN, COMMA, SEMICOLON, LBRACKET, RBRACKET, DOT, COLON,
    PLUS, MINUS, STAR, SLASH, PERCENT, CARET, LT, GT, EQ,
    /** {@code ::} */
    TYPECAST,
    /** {@code ..} */
    DOT_DOT,
    /** {@code :=} */
    COLON_EQUALS,
    /** {@code =>} */
    EQUALS_GREATER,
    LESS_EQUALS,
    GREATER_EQUALS,
    /** {@code <>} or {@code !=} */
    NOT_EQUALS,
    /** a character that starts no token ({@code $} alone, {@code \}, …); always a syntax error */
    OTHER,
    EOF
}
