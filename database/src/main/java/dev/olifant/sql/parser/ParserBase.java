package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.parser.Keywords.Category;
import dev.olifant.sql.parser.Keywords.Keyword;
import java.util.ArrayList;
import java.util.List;

/**
 * The token cursor shared by the parser layers: lookahead, keyword tests, the identifier
 * categories of PostgreSQL's grammar (ColId, ColLabel, type_function_name, NonReservedWord) and
 * syntax errors worded and positioned as PostgreSQL reports them.
 */
abstract class ParserBase {
    final Tokens t;
    final String sql;
    /** index of the current token */
    int p;

    ParserBase(Tokens tokens) {
        this.t = tokens;
        this.sql = tokens.sql;
    }

    final TokenKind kind() {
        return t.kinds[p];
    }

    final TokenKind kind(int ahead) {
        int i = Math.min(p + ahead, t.count - 1);
        return t.kinds[i];
    }

    final String value() {
        return t.values[p];
    }

    final String value(int ahead) {
        return t.values[Math.min(p + ahead, t.count - 1)];
    }

    final int loc() {
        return t.starts[p];
    }

    final boolean is(TokenKind k) {
        return t.kinds[p] == k;
    }

    final boolean isKw(String word) {
        return t.kinds[p] == TokenKind.KEYWORD && t.values[p].equals(word);
    }

    final boolean isKw(int ahead, String word) {
        int i = Math.min(p + ahead, t.count - 1);
        return t.kinds[i] == TokenKind.KEYWORD && t.values[i].equals(word);
    }

    final boolean acceptKw(String word) {
        if (isKw(word)) {
            p++;
            return true;
        }
        return false;
    }

    final void expectKw(String word) {
        if (!acceptKw(word)) {
            throw syntaxError();
        }
    }

    final boolean accept(TokenKind k) {
        if (t.kinds[p] == k) {
            p++;
            return true;
        }
        return false;
    }

    final void expect(TokenKind k) {
        if (t.kinds[p] != k) {
            throw syntaxError();
        }
        p++;
    }

    /** "syntax error at or near" the current token, or "at end of input". */
    final PgException syntaxError() {
        return syntaxErrorAt(p);
    }

    final PgException syntaxErrorAt(int tokenIndex) {
        if (t.kinds[tokenIndex] == TokenKind.EOF) {
            return new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR, "syntax error at end of input", null, null,
                    sql.length() + 1, null);
        }
        return new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR,
                "syntax error at or near \"" + t.text(tokenIndex) + "\"", null, null, t.starts[tokenIndex] + 1, null);
    }

    /**
     * Of two failed readings of the same text, the error that got further (PostgreSQL's LALR
     * parser fails at the furthest token either reading reaches).
     */
    static PgException further(PgException first, PgException second) {
        if (first == null) {
            return second;
        }
        return first.position() >= second.position() ? first : second;
    }

    final PgException error(SqlState state, String message, int location) {
        return new PgException(state, Severity.ERROR, message, null, null, location + 1, null);
    }

    final PgException notSupported(String message, int location) {
        return error(SqlState.FEATURE_NOT_SUPPORTED, message, location);
    }

    /**
     * Whether the current word names an object kind PostgreSQL has but Olifant does not
     * implement after CREATE / ALTER / DROP (statements then become UnsupportedStmt; any other
     * word is a syntax error, as in PostgreSQL).
     */
    final boolean isUnsupportedObjectWord() {
        if (!is(TokenKind.KEYWORD)) {
            return false;
        }
        return switch (value()) {
            case "access", "aggregate", "cast", "collation", "constraint", "conversion", "default", "domain", "event",
                    "extension", "foreign", "function", "language", "large", "materialized", "operator", "owned",
                    "policy", "procedure", "procedural", "publication", "routine", "rule", "server", "statistics",
                    "subscription", "system", "tablespace", "text", "transform", "trigger", "trusted", "type",
                    "user" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- identifier categories

    private Category category(int i) {
        Keyword k = t.keywords[i];
        return k == null ? null : k.category();
    }

    /** IDENT, unreserved or column-name keyword. */
    final boolean isColId() {
        return isColId(0);
    }

    final boolean isColId(int ahead) {
        int i = Math.min(p + ahead, t.count - 1);
        TokenKind k = t.kinds[i];
        if (k == TokenKind.IDENT) {
            return true;
        }
        if (k != TokenKind.KEYWORD) {
            return false;
        }
        Category c = category(i);
        return c == Category.UNRESERVED || c == Category.COL_NAME;
    }

    /** IDENT, unreserved or type/function-name keyword. */
    final boolean isTypeFunctionName() {
        TokenKind k = t.kinds[p];
        if (k == TokenKind.IDENT) {
            return true;
        }
        if (k != TokenKind.KEYWORD) {
            return false;
        }
        Category c = category(p);
        return c == Category.UNRESERVED || c == Category.TYPE_FUNC_NAME;
    }

    /** IDENT or any non-reserved keyword. */
    final boolean isNonReservedWord() {
        TokenKind k = t.kinds[p];
        return k == TokenKind.IDENT || (k == TokenKind.KEYWORD && category(p) != Category.RESERVED);
    }

    /** IDENT or any keyword. */
    final boolean isColLabel() {
        TokenKind k = t.kinds[p];
        return k == TokenKind.IDENT || k == TokenKind.KEYWORD;
    }

    /** IDENT or a keyword that may be a column label without AS. */
    final boolean isBareColLabel() {
        TokenKind k = t.kinds[p];
        return k == TokenKind.IDENT || (k == TokenKind.KEYWORD && t.keywords[p].bareLabel());
    }

    final boolean isUnreservedKeyword() {
        return t.kinds[p] == TokenKind.KEYWORD && category(p) == Category.UNRESERVED;
    }

    final String colId() {
        if (!isColId()) {
            throw syntaxError();
        }
        return t.values[p++];
    }

    final String colLabel() {
        if (!isColLabel()) {
            throw syntaxError();
        }
        return t.values[p++];
    }

    final String typeFunctionName() {
        if (!isTypeFunctionName()) {
            throw syntaxError();
        }
        return t.values[p++];
    }

    final String nonReservedWord() {
        if (!isNonReservedWord()) {
            throw syntaxError();
        }
        return t.values[p++];
    }

    /** {@code ColId [. attr_name …]}: qualified_name / any_name. */
    final QualifiedName qualifiedName() {
        int loc = loc();
        String first = colId();
        if (!is(TokenKind.DOT)) {
            return new QualifiedName(first, loc);
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(first);
        while (accept(TokenKind.DOT)) {
            parts.add(colLabel());
        }
        return new QualifiedName(parts, loc);
    }

    final List<QualifiedName> qualifiedNameList() {
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(qualifiedName());
        } while (accept(TokenKind.COMMA));
        return names;
    }

    /** {@code name [, name …]} of ColIds. */
    final List<String> nameList() {
        List<String> names = new ArrayList<>();
        do {
            names.add(colId());
        } while (accept(TokenKind.COMMA));
        return names;
    }

    /** {@code ( name [, name …] )}. */
    final List<String> parenNameList() {
        expect(TokenKind.LPAREN);
        List<String> names = nameList();
        expect(TokenKind.RPAREN);
        return names;
    }

    /** A string constant's value (Sconst). */
    final String sconst() {
        if (!is(TokenKind.STRING)) {
            throw syntaxError();
        }
        return t.values[p++];
    }

    /** An optionally signed integer constant's text (SignedIconst). */
    final String signedIconst() {
        boolean neg = false;
        if (accept(TokenKind.MINUS)) {
            neg = true;
        } else {
            accept(TokenKind.PLUS);
        }
        if (!is(TokenKind.INTEGER)) {
            throw syntaxError();
        }
        String v = t.values[p++];
        return neg ? "-" + v : v;
    }

    /** An optionally signed numeric constant's text (NumericOnly). */
    final String signedNumber() {
        boolean neg = false;
        if (accept(TokenKind.MINUS)) {
            neg = true;
        } else {
            accept(TokenKind.PLUS);
        }
        if (!is(TokenKind.INTEGER) && !is(TokenKind.DECIMAL)) {
            throw syntaxError();
        }
        String v = t.values[p++];
        return neg ? "-" + v : v;
    }

    final int iconst() {
        if (!is(TokenKind.INTEGER)) {
            throw syntaxError();
        }
        try {
            return Integer.parseInt(t.values[p++]);
        } catch (NumberFormatException e) {
            throw syntaxErrorAt(p - 1);
        }
    }
}
