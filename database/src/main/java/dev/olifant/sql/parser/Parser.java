package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.UnsupportedStmt;
import dev.olifant.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL parser: {@link #parse(String)} turns a query string into its statements.
 *
 * <p>As in PostgreSQL the whole string is scanned and parsed before anything runs, so a syntax
 * error anywhere fails the whole string (42601 with the position of the offending token). Empty
 * statements are skipped. Statements PostgreSQL knows but Olifant does not implement (CREATE
 * FUNCTION, CREATE EXTENSION, …) become {@link UnsupportedStmt}, whose analysis
 * raises 0A000; their text is skipped up to the next semicolon.
 */
public final class Parser extends UtilityParser {

    private Parser(Tokens tokens) {
        super(tokens);
    }

    /** Parses all statements of {@code sql}; each carries its own source span. */
    public static List<RawStatement> parse(String sql) {
        Parser parser = new Parser(Lexer.tokenize(sql));
        try {
            return parser.statements();
        } catch (StackOverflowError e) {
            // Absurdly deep nesting: PostgreSQL's parser stops at its own depth limits too.
            throw new PgException(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded")
                    .withHint("Increase the configuration parameter \"max_stack_depth\" (currently 2048kB), "
                            + "after ensuring the platform's stack depth limit is adequate.");
        }
    }

    /** Parses a string that must hold exactly one statement (tests and internal queries). */
    public static Statement parseOne(String sql) {
        List<RawStatement> list = parse(sql);
        if (list.size() != 1) {
            throw new IllegalArgumentException("expected one statement, got " + list.size());
        }
        return list.get(0).statement();
    }

    /**
     * Parses a standalone type name such as {@code character varying(10)[]} or
     * {@code pg_catalog.int4} (PostgreSQL's parseTypeString, used by regtype input and casts
     * from text). A syntax error carries no position, since it is not in the query text.
     */
    public static TypeName parseTypeName(String text) {
        try {
            Parser parser = new Parser(Lexer.tokenize(text));
            TypeName type = parser.typeName();
            parser.expect(TokenKind.EOF);
            return type;
        } catch (PgException e) {
            throw new PgException(e.state(), e.getMessage());
        }
    }

    /**
     * Parses a standalone expression such as a stored column default; positions refer to
     * {@code text}.
     */
    public static Expr parseExpression(String text) {
        Parser parser = new Parser(Lexer.tokenize(text));
        Expr e = parser.aExpr();
        parser.expect(TokenKind.EOF);
        return e;
    }

    /**
     * Splits a possibly qualified, possibly quoted name such as {@code public."My Table"} into
     * its parts (PostgreSQL's stringToQualifiedNameList, used by regclass input):
     * 42602 "invalid name syntax" when it is not a dotted list of identifiers.
     */
    public static List<String> parseNameList(String text) {
        Tokens t;
        try {
            t = Lexer.tokenize(text);
        } catch (PgException e) {
            throw new PgException(SqlState.INVALID_NAME, "invalid name syntax");
        }
        List<String> parts = new ArrayList<>(3);
        int i = 0;
        while (true) {
            TokenKind k = t.kinds[i];
            if (k != TokenKind.IDENT && k != TokenKind.KEYWORD) {
                throw new PgException(SqlState.INVALID_NAME, "invalid name syntax");
            }
            parts.add(t.values[i]);
            i++;
            if (t.kinds[i] == TokenKind.EOF) {
                return parts;
            }
            if (t.kinds[i] != TokenKind.DOT) {
                throw new PgException(SqlState.INVALID_NAME, "invalid name syntax");
            }
            i++;
        }
    }

    private List<RawStatement> statements() {
        List<RawStatement> out = new ArrayList<>(1);
        while (true) {
            while (accept(TokenKind.SEMICOLON)) {
                // empty statement
            }
            if (is(TokenKind.EOF)) {
                return out;
            }
            int first = p;
            Statement st = statement();
            int last = p - 1;
            if (!is(TokenKind.SEMICOLON) && !is(TokenKind.EOF)) {
                throw syntaxError();
            }
            if (pendingInto != null) {
                throw error(dev.olifant.error.SqlState.SYNTAX_ERROR, "SELECT ... INTO is not allowed here",
                        pendingInto.location());
            }
            out.add(new RawStatement(st, sql, t.starts[first], t.ends[last]));
        }
    }

    @Override
    Statement statement() {
        int loc = loc();
        if (is(TokenKind.LPAREN)) {
            return selectInto(selectStmt(), loc);
        }
        if (!is(TokenKind.KEYWORD)) {
            throw syntaxError();
        }
        switch (value()) {
            case "select", "values", "table":
                return selectInto(selectStmt(), loc);
            case "with": {
                WithClause with = withClause();
                if (isKw("insert") || isKw("update") || isKw("delete") || isKw("merge")) {
                    return dmlStatement(with);
                }
                return selectInto(selectRest(with, loc), loc);
            }
            case "insert", "update", "delete", "merge":
                return dmlStatement(null);
            case "create":
                return create();
            case "drop":
                return drop();
            case "alter":
                return alter();
            case "grant", "revoke":
                return grantOrRevoke();
            case "comment":
                return comment();
            case "truncate":
                return truncate();
            case "set":
                return set();
            case "reset":
                return reset();
            case "show":
                return show();
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release":
                return transaction();
            case "lock":
                return lock();
            case "explain":
                return explain();
            case "copy":
                return copy();
            case "vacuum", "analyze", "analyse":
                return vacuumOrAnalyze();
            case "checkpoint":
                return checkpoint();
            case "prepare":
                return prepare();
            case "execute":
                return execute();
            case "deallocate":
                return deallocate();
            case "discard":
                return discard();
            case "listen", "unlisten", "notify":
                return listenNotify();
            case "cluster":
                return cluster();
            case "reindex":
                return reindex();
            case "do":
                return new RoutineParser(this).doBlock(loc);
            case "declare":
                return new CursorParser(this).declare();
            case "fetch", "move":
                return new CursorParser(this).fetch();
            case "close":
                return new CursorParser(this).close();
            case "call", "refresh", "security",
                    "import", "reassign", "load":
                return unsupported(value().toUpperCase(Locale.ROOT), loc);
            default:
                throw syntaxError();
        }
    }

    /** A top-level SELECT … INTO t is CREATE TABLE t AS SELECT …, as PostgreSQL treats it. */
    private Statement selectInto(dev.olifant.sql.ast.SelectStmt query, int loc) {
        if (pendingInto == null) {
            return query;
        }
        IntoTarget into = pendingInto;
        pendingInto = null;
        return new dev.olifant.sql.ast.CreateTableAsStmt(into.name(), into.persistence(), false, List.of(), List.of(),
                query, true, loc);
    }

    @Override
    UnsupportedStmt unsupported(String description, int location) {
        while (!is(TokenKind.SEMICOLON) && !is(TokenKind.EOF)) {
            p++;
        }
        return new UnsupportedStmt(description, location);
    }
}
