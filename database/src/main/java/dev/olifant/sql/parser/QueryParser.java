package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.CteMaterialized;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.GroupingSet;
import dev.olifant.sql.ast.GroupingSetKind;
import dev.olifant.sql.ast.LockStrength;
import dev.olifant.sql.ast.LockWaitPolicy;
import dev.olifant.sql.ast.LockingClause;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.QueryBody;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SetOperation;
import dev.olifant.sql.ast.SetOperator;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.ValuesClause;
import dev.olifant.sql.ast.WindowDef;
import dev.olifant.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries: WITH, SELECT / VALUES / TABLE, set operations (INTERSECT binding tighter than UNION
 * and EXCEPT), ORDER BY, LIMIT / OFFSET / FETCH, locking clauses, target lists, GROUP BY with
 * grouping sets, WINDOW. FROM items are in {@link FromParser}.
 */
abstract class QueryParser extends FunctionParser {

    QueryParser(Tokens tokens) {
        super(tokens);
    }

    abstract List<dev.olifant.sql.ast.FromItem> fromList();

    /** A data-modifying statement after its WITH clause (INSERT / UPDATE / DELETE). */
    abstract PreparableStatement dmlStatement(WithClause with);

    @Override
    final SelectStmt selectStmt() {
        int loc = loc();
        WithClause with = isKw("with") ? withClause() : null;
        return selectRest(with, loc);
    }

    /** Nesting depth of queries being parsed: 1 for a top-level query, more inside subqueries and WITH. */
    private int queryDepth;

    /** After an optional WITH: the body and trailing clauses. */
    final SelectStmt selectRest(WithClause with, int loc) {
        queryDepth++;
        try {
            return selectRestInner(with, loc);
        } finally {
            queryDepth--;
        }
    }

    private SelectStmt selectRestInner(WithClause with, int loc) {
        QueryBody body = setExpr(0);
        List<SortBy> orderBy = List.of();
        if (isKw("order") && isKw(1, "by")) {
            p += 2;
            orderBy = sortList();
        }
        Expr limit = null;
        Expr offset = null;
        boolean withTies = false;
        boolean sawLimit = false;
        boolean sawOffset = false;
        List<LockingClause> locking = new ArrayList<>();
        while (true) {
            if (isKw("limit") && !sawLimit) {
                int at = loc();
                p++;
                sawLimit = true;
                if (!acceptKw("all")) {
                    limit = aExpr();
                    if (limit instanceof dev.olifant.sql.ast.NullLiteral) {
                        limit = null;
                    }
                }
                if (is(TokenKind.COMMA)) {
                    throw new PgException(SqlState.SYNTAX_ERROR, dev.olifant.error.Severity.ERROR,
                            "LIMIT #,# syntax is not supported", null, "Use separate LIMIT and OFFSET clauses.",
                            at + 1, null);
                }
            } else if (isKw("offset") && !sawOffset) {
                p++;
                sawOffset = true;
                offset = aExpr();
                if (!acceptKw("row")) {
                    acceptKw("rows");
                }
            } else if (isKw("fetch") && !sawLimit) {
                p++;
                sawLimit = true;
                if (!acceptKw("first")) {
                    expectKw("next");
                }
                if (isKw("row") || isKw("rows")) {
                    limit = new NumericLiteral("1", -1);
                } else {
                    limit = fetchCount();
                }
                if (!acceptKw("row")) {
                    expectKw("rows");
                }
                if (acceptKw("with")) {
                    expectKw("ties");
                    withTies = true;
                } else {
                    expectKw("only");
                }
            } else if (isKw("for")) {
                if (isKw(1, "read") && isKw(2, "only")) {
                    p += 3;
                    continue;
                }
                locking.add(lockingClause());
            } else {
                break;
            }
        }
        if (with == null && orderBy.isEmpty() && limit == null && offset == null && locking.isEmpty()
                && body instanceof SelectStmt inner) {
            return inner;
        }
        return new SelectStmt(with, body, orderBy, limit, offset, withTies, locking, loc);
    }

    private Expr fetchCount() {
        int loc = loc();
        if (accept(TokenKind.MINUS)) {
            String v = value();
            if (!is(TokenKind.INTEGER) && !is(TokenKind.DECIMAL)) {
                throw syntaxError();
            }
            p++;
            return new NumericLiteral("-" + v, loc);
        }
        accept(TokenKind.PLUS);
        return primary();
    }

    private LockingClause lockingClause() {
        expectKw("for");
        LockStrength strength;
        if (acceptKw("update")) {
            strength = LockStrength.UPDATE;
        } else if (acceptKw("share")) {
            strength = LockStrength.SHARE;
        } else if (acceptKw("no")) {
            expectKw("key");
            expectKw("update");
            strength = LockStrength.NO_KEY_UPDATE;
        } else {
            expectKw("key");
            expectKw("share");
            strength = LockStrength.KEY_SHARE;
        }
        List<QualifiedName> of = List.of();
        if (acceptKw("of")) {
            of = qualifiedNameList();
        }
        LockWaitPolicy wait = LockWaitPolicy.BLOCK;
        if (acceptKw("nowait")) {
            wait = LockWaitPolicy.NOWAIT;
        } else if (isKw("skip") && isKw(1, "locked")) {
            p += 2;
            wait = LockWaitPolicy.SKIP_LOCKED;
        }
        return new LockingClause(strength, of, wait);
    }

    final WithClause withClause() {
        int loc = loc();
        expectKw("with");
        boolean recursive = acceptKw("recursive");
        List<CommonTableExpr> ctes = new ArrayList<>();
        queryDepth++;
        try {
            cteList(ctes);
        } finally {
            queryDepth--;
        }
        return new WithClause(recursive, ctes, loc);
    }

    private void cteList(List<CommonTableExpr> ctes) {
        do {
            int cloc = loc();
            String name = colId();
            List<String> cols = is(TokenKind.LPAREN) ? parenNameList() : List.of();
            expectKw("as");
            CteMaterialized mat = CteMaterialized.DEFAULT;
            if (acceptKw("materialized")) {
                mat = CteMaterialized.MATERIALIZED;
            } else if (isKw("not") && isKw(1, "materialized")) {
                p += 2;
                mat = CteMaterialized.NOT_MATERIALIZED;
            }
            expect(TokenKind.LPAREN);
            PreparableStatement q = preparableStatement();
            expect(TokenKind.RPAREN);
            if (isKw("search") || isKw("cycle")) {
                throw notSupported("SEARCH and CYCLE clauses are not supported", loc());
            }
            ctes.add(new CommonTableExpr(name, cols, mat, q, cloc));
        } while (accept(TokenKind.COMMA));
    }

    /** SELECT / INSERT / UPDATE / DELETE, each with an optional WITH. */
    final PreparableStatement preparableStatement() {
        int loc = loc();
        WithClause with = isKw("with") ? withClause() : null;
        if (isKw("insert") || isKw("update") || isKw("delete") || isKw("merge")) {
            return dmlStatement(with);
        }
        return selectRest(with, loc);
    }

    private QueryBody setExpr(int min) {
        QueryBody left = setPrimary();
        while (true) {
            int loc = loc();
            SetOperator op;
            int prec;
            if (isKw("union")) {
                op = SetOperator.UNION;
                prec = 1;
            } else if (isKw("except")) {
                op = SetOperator.EXCEPT;
                prec = 1;
            } else if (isKw("intersect")) {
                op = SetOperator.INTERSECT;
                prec = 2;
            } else {
                return left;
            }
            if (prec < min) {
                return left;
            }
            p++;
            boolean all = acceptKw("all");
            if (!all) {
                acceptKw("distinct");
            }
            QueryBody right = setExpr(prec + 1);
            left = new SetOperation(op, all, left, right, loc);
        }
    }

    private QueryBody setPrimary() {
        if (is(TokenKind.LPAREN)) {
            p++;
            SelectStmt inner = selectStmt();
            expect(TokenKind.RPAREN);
            if (inner.with() == null && inner.orderBy().isEmpty() && inner.limit() == null
                    && inner.offset() == null && inner.locking().isEmpty()) {
                return inner.body();
            }
            return inner;
        }
        if (isKw("values")) {
            return valuesClause();
        }
        if (isKw("table")) {
            int loc = loc();
            p++;
            int tloc = loc();
            boolean only = acceptKw("only");
            QualifiedName name = qualifiedName();
            if (!only) {
                accept(TokenKind.STAR);
            }
            return new SimpleSelect(false, List.of(), List.of(new SelectTarget(new ColumnRef(List.of(), true, -1),
                    null, -1)), List.of(new TableRef(name, only, null, tloc)), null, false, List.of(), null,
                    List.of(), loc);
        }
        if (isKw("select")) {
            return simpleSelect();
        }
        throw syntaxError();
    }

    final ValuesClause valuesClause() {
        int loc = loc();
        expectKw("values");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            expect(TokenKind.LPAREN);
            rows.add(List.copyOf(exprList()));
            expect(TokenKind.RPAREN);
        } while (accept(TokenKind.COMMA));
        return new ValuesClause(rows, loc);
    }

    private SimpleSelect simpleSelect() {
        int loc = loc();
        expectKw("select");
        boolean distinct = false;
        List<Expr> distinctOn = List.of();
        if (acceptKw("distinct")) {
            distinct = true;
            if (acceptKw("on")) {
                expect(TokenKind.LPAREN);
                distinctOn = exprList();
                expect(TokenKind.RPAREN);
            }
        } else {
            acceptKw("all");
        }
        List<SelectTarget> targets = distinct || !endOfTargetList() ? targetList() : List.of();
        if (isKw("into")) {
            selectInto();
        }
        List<dev.olifant.sql.ast.FromItem> from = List.of();
        if (acceptKw("from")) {
            from = fromList();
        }
        Expr where = acceptKw("where") ? aExpr() : null;
        boolean groupDistinct = false;
        List<Expr> groupBy = List.of();
        if (isKw("group") && isKw(1, "by")) {
            p += 2;
            if (acceptKw("distinct")) {
                groupDistinct = true;
            } else {
                acceptKw("all");
            }
            groupBy = new ArrayList<>();
            do {
                groupBy.add(groupingElement());
            } while (accept(TokenKind.COMMA));
        }
        Expr having = acceptKw("having") ? aExpr() : null;
        List<WindowDef> windows = List.of();
        if (acceptKw("window")) {
            windows = new ArrayList<>();
            do {
                String name = colId();
                expectKw("as");
                windows.add(windowSpec(name));
            } while (accept(TokenKind.COMMA));
        }
        return new SimpleSelect(distinct, distinctOn, targets, from, where, groupDistinct, groupBy, having, windows,
                loc);
    }

    /** The target of SELECT … INTO, to be turned into CREATE TABLE … AS by the statement level. */
    record IntoTarget(QualifiedName name, dev.olifant.sql.ast.Persistence persistence, int location) {
    }

    /** SELECT … INTO seen in the statement being parsed, or null. */
    IntoTarget pendingInto;

    private void selectInto() {
        int loc = loc();
        p++;
        if (pendingInto != null || queryDepth != 1) {
            throw error(SqlState.SYNTAX_ERROR, "SELECT ... INTO is not allowed here", loc);
        }
        dev.olifant.sql.ast.Persistence persistence = dev.olifant.sql.ast.Persistence.PERMANENT;
        if ((isKw("local") || isKw("global")) && (isKw(1, "temp") || isKw(1, "temporary"))) {
            p += 2;
            persistence = dev.olifant.sql.ast.Persistence.TEMPORARY;
        } else if (acceptKw("temp") || acceptKw("temporary")) {
            persistence = dev.olifant.sql.ast.Persistence.TEMPORARY;
        } else if (acceptKw("unlogged")) {
            persistence = dev.olifant.sql.ast.Persistence.UNLOGGED;
        }
        acceptKw("table");
        pendingInto = new IntoTarget(qualifiedName(), persistence, loc);
    }

    private boolean endOfTargetList() {
        switch (kind()) {
            case EOF, SEMICOLON, RPAREN:
                return true;
            case KEYWORD:
                return switch (value()) {
                    case "from", "where", "group", "having", "window", "order", "limit", "offset", "fetch", "for",
                            "union", "intersect", "except", "into", "returning", "on", "with" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    /** target_list (also RETURNING). */
    final List<SelectTarget> targetList() {
        List<SelectTarget> targets = new ArrayList<>();
        do {
            int loc = loc();
            if (is(TokenKind.STAR)) {
                p++;
                targets.add(new SelectTarget(new ColumnRef(List.of(), true, loc), null, loc));
                continue;
            }
            Expr e = targetExpr();
            String alias = null;
            if (acceptKw("as")) {
                alias = colLabel();
            } else if (isBareColLabel()) {
                alias = value();
                p++;
            }
            targets.add(new SelectTarget(e, alias, loc));
        } while (accept(TokenKind.COMMA));
        return targets;
    }

    private Expr groupingElement() {
        int loc = loc();
        if (is(TokenKind.LPAREN) && kind(1) == TokenKind.RPAREN) {
            p += 2;
            return new GroupingSet(GroupingSetKind.EMPTY, List.of(), loc);
        }
        if ((isKw("rollup") || isKw("cube")) && kind(1) == TokenKind.LPAREN) {
            GroupingSetKind k = isKw("rollup") ? GroupingSetKind.ROLLUP : GroupingSetKind.CUBE;
            p += 2;
            List<Expr> content = exprList();
            expect(TokenKind.RPAREN);
            return new GroupingSet(k, content, loc);
        }
        if (isKw("grouping") && isKw(1, "sets")) {
            p += 2;
            expect(TokenKind.LPAREN);
            List<Expr> content = new ArrayList<>();
            do {
                content.add(groupingElement());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
            return new GroupingSet(GroupingSetKind.SETS, content, loc);
        }
        return aExpr();
    }

    static boolean isRow(Expr e) {
        return e instanceof RowExpr;
    }
}
