package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.Alias;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FunctionRef;
import dev.olifant.sql.ast.JoinExpr;
import dev.olifant.sql.ast.JoinType;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SubqueryRef;
import dev.olifant.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.List;

/**
 * FROM clauses: table references with ONLY and aliases, subqueries and VALUES, functions
 * (LATERAL, WITH ORDINALITY, ROWS FROM), parenthesized joins, and the join operators
 * (CROSS, NATURAL, INNER / LEFT / RIGHT / FULL [OUTER] with ON or USING), left-associative.
 */
abstract class FromParser extends QueryParser {

    FromParser(Tokens tokens) {
        super(tokens);
    }

    @Override
    final List<FromItem> fromList() {
        List<FromItem> items = new ArrayList<>();
        do {
            items.add(tableRef());
        } while (accept(TokenKind.COMMA));
        return items;
    }

    /** table_ref followed by any joins. */
    final FromItem tableRef() {
        FromItem left = fromPrimary();
        while (true) {
            int loc = loc();
            if (isKw("cross") && isKw(1, "join")) {
                p += 2;
                FromItem right = fromPrimary();
                left = new JoinExpr(JoinType.CROSS, false, left, right, null, List.of(), null, loc);
                continue;
            }
            boolean natural = false;
            int save = p;
            if (acceptKw("natural")) {
                natural = true;
            }
            JoinType type = null;
            if (acceptKw("join")) {
                type = JoinType.INNER;
            } else if (acceptKw("inner")) {
                expectKw("join");
                type = JoinType.INNER;
            } else if (isKw("left") || isKw("right") || isKw("full")) {
                type = switch (value()) {
                    case "left" -> JoinType.LEFT;
                    case "right" -> JoinType.RIGHT;
                    default -> JoinType.FULL;
                };
                p++;
                acceptKw("outer");
                expectKw("join");
            }
            if (type == null) {
                if (natural) {
                    throw syntaxError();
                }
                p = save;
                return left;
            }
            FromItem right = tableRefNoJoin();
            Expr on = null;
            List<String> using = List.of();
            if (!natural) {
                if (acceptKw("on")) {
                    on = aExpr();
                } else if (acceptKw("using")) {
                    using = parenNameList();
                    if (isKw("as")) {
                        throw notSupported("join alias for USING is not supported", loc());
                    }
                } else {
                    throw syntaxError();
                }
            }
            left = new JoinExpr(type, natural, left, right, on, using, null, loc);
        }
    }

    /** The right side of a join: one primary item (joins to its right nest left-associatively). */
    private FromItem tableRefNoJoin() {
        return fromPrimary();
    }

    private FromItem fromPrimary() {
        int loc = loc();
        boolean lateral = acceptKw("lateral");
        if (is(TokenKind.LPAREN)) {
            PgException firstError = null;
            if (startsSubquery()) {
                int save = p;
                try {
                    int paren = loc();
                    p++;
                    SelectStmt q = selectStmt();
                    expect(TokenKind.RPAREN);
                    Alias alias = optAlias(true);
                    if (alias == null) {
                        boolean values = q.body() instanceof dev.olifant.sql.ast.ValuesClause;
                        throw new PgException(dev.olifant.error.SqlState.SYNTAX_ERROR,
                                dev.olifant.error.Severity.ERROR,
                                values ? "VALUES in FROM must have an alias" : "subquery in FROM must have an alias",
                                null, values ? "For example, FROM (VALUES ...) [AS] foo."
                                        : "For example, FROM (SELECT ...) [AS] foo.", paren + 1, null);
                    }
                    return new SubqueryRef(q, lateral, alias, loc);
                } catch (PgException e) {
                    if (t.kinds[save + 1] != TokenKind.LPAREN || e.getMessage().endsWith("must have an alias")) {
                        throw e;
                    }
                    firstError = e;
                    p = save;
                }
            }
            if (lateral) {
                throw syntaxError();
            }
            FromItem inner;
            try {
                p++;
                inner = tableRef();
                if (!(inner instanceof JoinExpr)) {
                    throw syntaxError();
                }
                expect(TokenKind.RPAREN);
            } catch (PgException e) {
                throw further(firstError, e);
            }
            Alias alias = optAlias(true);
            if (alias != null) {
                if (inner instanceof JoinExpr j) {
                    return new JoinExpr(j.type(), j.natural(), j.left(), j.right(), j.on(), j.using(), alias,
                            j.location());
                }
                throw syntaxError();
            }
            return inner;
        }
        if (isKw("rows") && isKw(1, "from")) {
            p += 2;
            expect(TokenKind.LPAREN);
            List<Expr> funcs = new ArrayList<>();
            do {
                funcs.add(functionInFrom());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            boolean ord = withOrdinality();
            return new FunctionRef(funcs, true, lateral, ord, optAlias(true), loc);
        }
        if (isFunctionInFrom()) {
            Expr f = functionInFrom();
            boolean ord = withOrdinality();
            return new FunctionRef(List.of(f), false, lateral, ord, optAlias(true), loc);
        }
        if (lateral) {
            throw syntaxError();
        }
        boolean only = acceptKw("only");
        QualifiedName name;
        if (only && accept(TokenKind.LPAREN)) {
            name = qualifiedName();
            expect(TokenKind.RPAREN);
        } else {
            name = qualifiedName();
        }
        if (!only) {
            accept(TokenKind.STAR);
        }
        if (isKw("tablesample")) {
            throw notSupported("TABLESAMPLE is not supported", loc());
        }
        return new TableRef(name, only, optAlias(true), name.location());
    }

    private boolean withOrdinality() {
        if (isKw("with") && isKw(1, "ordinality")) {
            p += 2;
            return true;
        }
        return false;
    }

    /** Whether the current position is a function call in FROM: a name then '(' or a special form. */
    private boolean isFunctionInFrom() {
        if (is(TokenKind.KEYWORD)) {
            switch (value()) {
                case "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
                        "current_role", "current_user", "session_user", "user", "current_catalog":
                    return true;
                case "current_schema":
                    return true;
                case "extract", "position", "substring", "trim", "overlay", "coalesce", "greatest", "least",
                        "nullif":
                    return kind(1) == TokenKind.LPAREN;
                default:
                    break;
            }
        }
        if (!isTypeFunctionName() && !isColId()) {
            return false;
        }
        int i = 1;
        while (kind(i) == TokenKind.DOT && (kind(i + 1) == TokenKind.IDENT || kind(i + 1) == TokenKind.KEYWORD)) {
            i += 2;
        }
        return kind(i) == TokenKind.LPAREN;
    }

    private Expr functionInFrom() {
        Expr e = primary();
        if (e instanceof FuncCall f && f.over() != null) {
            throw syntaxError();
        }
        return e;
    }

    /**
     * {@code [AS] alias [(columns)]}; without AS the alias must be a ColId and not the start of a
     * following clause. {@code set} is not taken as an alias when {@code allowSetAlias} is false
     * (UPDATE t SET …).
     */
    final Alias optAlias(boolean allowSetAlias) {
        String name;
        if (acceptKw("as")) {
            name = colId();
        } else if (isColId() && (allowSetAlias || !isKw("set"))) {
            name = value();
            p++;
        } else {
            return null;
        }
        List<String> cols = List.of();
        if (is(TokenKind.LPAREN)) {
            cols = parenNameList();
        }
        return new Alias(name, cols);
    }

    /** relation_expr for UPDATE / DELETE / TRUNCATE / LOCK: {@code [ONLY] name [*]}. */
    final TableRef relationExpr(boolean withAlias, boolean allowSetAlias) {
        boolean only = acceptKw("only");
        QualifiedName name;
        if (only && accept(TokenKind.LPAREN)) {
            name = qualifiedName();
            expect(TokenKind.RPAREN);
        } else {
            name = qualifiedName();
        }
        if (!only) {
            accept(TokenKind.STAR);
        }
        return new TableRef(name, only, withAlias ? relationAlias(allowSetAlias) : null, name.location());
    }

    private Alias relationAlias(boolean allowSetAlias) {
        if (acceptKw("as")) {
            return new Alias(colId(), List.of());
        }
        if (isColId() && (allowSetAlias || !isKw("set"))) {
            String name = value();
            p++;
            return new Alias(name, List.of());
        }
        return null;
    }
}
