package dev.olifant.sql.parser;

import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.AnyAll;
import dev.olifant.sql.ast.AnyAllSubquery;
import dev.olifant.sql.ast.Between;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.BoolTest;
import dev.olifant.sql.ast.BoolTestKind;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.CastSyntax;
import dev.olifant.sql.ast.Collate;
import dev.olifant.sql.ast.DistinctFrom;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.InList;
import dev.olifant.sql.ast.InSubquery;
import dev.olifant.sql.ast.Like;
import dev.olifant.sql.ast.LikeKind;
import dev.olifant.sql.ast.Not;
import dev.olifant.sql.ast.NullTest;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.OperatorName;
import dev.olifant.sql.ast.Or;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator-precedence parsing of a_expr with gram.y's precedence table (lowest first): OR, AND,
 * NOT, IS / ISNULL / NOTNULL, comparisons, BETWEEN / IN / LIKE / ILIKE / SIMILAR, ESCAPE,
 * generic operators, {@code + -}, {@code * / %}, {@code ^}, AT TIME ZONE, COLLATE, unary minus,
 * {@code ::}. IS, comparisons and the LIKE group are non-associative, as in PostgreSQL, so
 * {@code a = b = c} is a syntax error at the second operator.
 */
abstract class ExprParser extends TypeParser {
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int IS = 4;
    static final int CMP = 5;
    static final int LIKE = 6;
    static final int ESCAPE = 7;
    static final int OP = 8;
    static final int ADD = 9;
    static final int MUL = 10;
    static final int EXP = 11;
    static final int AT = 12;
    static final int COLLATE = 13;
    static final int UMINUS = 14;
    static final int TYPECAST = 16;

    ExprParser(Tokens tokens) {
        super(tokens);
    }

    /** A complete query in parentheses' content: WITH … SELECT … ORDER BY … */
    abstract SelectStmt selectStmt();

    /** A primary expression (c_expr / AexprConst), including its indirection. */
    abstract Expr primary();

    /** True while parsing a b_expr (no AND / OR / NOT / IS NULL / LIKE / IN / BETWEEN). */
    private boolean bMode;
    /**
     * True while parsing a target list item at its top level, where a keyword operator that is
     * also a bare column label ({@code SELECT 1 is}) is a label when the token after it ends the
     * item, as bison decides with its lookahead.
     */
    private boolean targetContext;

    @Override
    final Expr aExpr() {
        return exprIn(false, false);
    }

    /** b_expr: the restricted expression of column DEFAULT clauses. */
    final Expr bExpr() {
        return exprIn(true, false);
    }

    /** An a_expr that is a SELECT / RETURNING target list item. */
    final Expr targetExpr() {
        return exprIn(false, true);
    }

    private Expr exprIn(boolean b, boolean target) {
        boolean savedB = bMode;
        boolean savedTarget = targetContext;
        bMode = b;
        targetContext = target;
        try {
            return expr(OR);
        } finally {
            bMode = savedB;
            targetContext = savedTarget;
        }
    }

    /** Whether the token {@code ahead} positions away can follow a target list item. */
    private boolean endsTarget(int ahead) {
        switch (kind(ahead)) {
            case EOF, SEMICOLON, COMMA, RPAREN:
                return true;
            case KEYWORD:
                return switch (value(ahead)) {
                    case "from", "into", "where", "group", "having", "window", "order", "limit", "offset", "fetch",
                            "for", "union", "intersect", "except", "on", "returning" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    /** b_expr-like bound: an expression that stops before AND (BETWEEN bounds, frame offsets). */
    final Expr boundExpr() {
        return expr(ESCAPE);
    }

    final List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        do {
            list.add(aExpr());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    final Expr expr(int min) {
        Expr left = prefix();
        int lastNonAssoc = -1;
        while (true) {
            int opTok = p;
            int prec = infixPrecedence();
            if (prec < min || prec == 0) {
                return left;
            }
            if (prec == lastNonAssoc) {
                throw syntaxError();
            }
            left = infix(left, prec, opTok);
            // Non-associativity only bites where the operator's right operand is an expression
            // (a = b, a IS DISTINCT FROM b, a LIKE b, a BETWEEN x AND y); postfix tests and
            // parenthesized right sides (IS NULL, IN (…), = ANY (…)) chain freely, as in bison.
            lastNonAssoc = (left instanceof BinaryOp && prec == CMP) || left instanceof DistinctFrom
                    || left instanceof Like || left instanceof Between ? prec : -1;
        }
    }

    /** Precedence of the current token as an infix / postfix operator, 0 when it is none. */
    private int infixPrecedence() {
        switch (kind()) {
            case EQ, LT, GT, LESS_EQUALS, GREATER_EQUALS, NOT_EQUALS:
                return CMP;
            case OP:
                return OP;
            case PLUS, MINUS:
                return ADD;
            case STAR, SLASH, PERCENT:
                return MUL;
            case CARET:
                return EXP;
            case TYPECAST:
                return TYPECAST;
            case KEYWORD:
                break;
            default:
                return 0;
        }
        if (targetContext && t.keywords[p].bareLabel() && endsTarget(1)) {
            return 0;
        }
        switch (value()) {
            case "or":
                return bMode ? 0 : OR;
            case "and":
                return bMode ? 0 : AND;
            case "is":
                return IS;
            case "isnull", "notnull":
                return bMode ? 0 : IS;
            case "between", "in", "like", "ilike":
                return bMode ? 0 : LIKE;
            case "similar":
                return !bMode && isKw(1, "to") ? LIKE : 0;
            case "not":
                if (bMode || kind(1) != TokenKind.KEYWORD) {
                    return 0;
                }
                return switch (value(1)) {
                    case "between", "in", "like", "ilike" -> LIKE;
                    case "similar" -> isKw(2, "to") ? LIKE : 0;
                    default -> 0;
                };
            case "operator":
                return kind(1) == TokenKind.LPAREN ? OP : 0;
            case "at":
                return !bMode && isKw(1, "time") ? AT : 0;
            case "collate":
                return bMode ? 0 : COLLATE;
            default:
                return 0;
        }
    }

    private Expr infix(Expr left, int prec, int opTok) {
        int loc = loc();
        switch (prec) {
            case OR: {
                p++;
                Expr right = expr(OR + 1);
                if (left instanceof Or or) {
                    return new Or(append(or.args(), right), or.location());
                }
                return new Or(List.of(left, right), loc);
            }
            case AND: {
                p++;
                Expr right = expr(AND + 1);
                if (left instanceof And and) {
                    return new And(append(and.args(), right), and.location());
                }
                return new And(List.of(left, right), loc);
            }
            case IS:
                return isExpr(left, loc);
            case LIKE:
                return likeGroup(left, loc);
            case TYPECAST: {
                p++;
                return new Cast(left, typeName(), CastSyntax.COLONS, loc);
            }
            case AT: {
                p += 2;
                expectKw("zone");
                Expr zone = expr(AT + 1);
                return new FuncCall(sys("timezone", loc), List.of(zone, left), List.of(), null, null, false, false,
                        false, false, FuncSyntax.AT_TIME_ZONE, loc);
            }
            case COLLATE: {
                p++;
                return new Collate(left, qualifiedName(), loc);
            }
            default:
                break;
        }
        // binary operators: comparisons, generic, arithmetic
        OperatorName op = operatorName();
        if ((prec == CMP || prec == OP) && (isKw("any") || isKw("some") || isKw("all"))
                && kind(1) == TokenKind.LPAREN) {
            return anyAll(left, op, loc);
        }
        Expr right = expr(prec + 1);
        return new BinaryOp(op, left, right, loc);
    }

    private static List<Expr> append(List<Expr> list, Expr e) {
        List<Expr> l = new ArrayList<>(list.size() + 1);
        l.addAll(list);
        l.add(e);
        return l;
    }

    static QualifiedName sys(String name, int loc) {
        return new QualifiedName(List.of("pg_catalog", name), loc);
    }

    /** Reads an operator token or {@code OPERATOR(schema.op)}. */
    final OperatorName operatorName() {
        if (isKw("operator")) {
            p++;
            expect(TokenKind.LPAREN);
            String schema = null;
            List<String> parts = new ArrayList<>(2);
            while (isColId() && kind(1) == TokenKind.DOT) {
                parts.add(colId());
                p++;
            }
            if (parts.size() > 1) {
                throw syntaxError();
            }
            if (!parts.isEmpty()) {
                schema = parts.get(0);
            }
            String op = anyOperatorText();
            expect(TokenKind.RPAREN);
            return new OperatorName(schema, op);
        }
        return new OperatorName(null, anyOperatorText());
    }

    /** all_Op: the text of any operator token. */
    final String anyOperatorText() {
        String op = switch (kind()) {
            case OP, LESS_EQUALS, GREATER_EQUALS, NOT_EQUALS, EQUALS_GREATER -> value();
            case PLUS -> "+";
            case MINUS -> "-";
            case STAR -> "*";
            case SLASH -> "/";
            case PERCENT -> "%";
            case CARET -> "^";
            case LT -> "<";
            case GT -> ">";
            case EQ -> "=";
            default -> throw syntaxError();
        };
        p++;
        return op;
    }

    private Expr anyAll(Expr left, OperatorName op, int loc) {
        boolean all = isKw("all");
        p++;
        int parenTok = p;
        if (startsSubquery()) {
            p = parenTok + 1;
            SelectStmt q = selectStmt();
            expect(TokenKind.RPAREN);
            return new AnyAllSubquery(left, op, all, q, loc);
        }
        expect(TokenKind.LPAREN);
        Expr array = aExpr();
        expect(TokenKind.RPAREN);
        return new AnyAll(left, op, all, array, loc);
    }

    /**
     * Whether the current '(' opens a subquery: after any further parentheses comes SELECT,
     * VALUES, WITH or TABLE. {@code ((SELECT 1) + 1)} is resolved by the caller's retry.
     */
    final boolean startsSubquery() {
        if (!is(TokenKind.LPAREN)) {
            return false;
        }
        int i = p;
        while (t.kinds[i] == TokenKind.LPAREN) {
            i++;
        }
        if (t.kinds[i] != TokenKind.KEYWORD) {
            return false;
        }
        return switch (t.values[i]) {
            case "select", "values", "with", "table" -> true;
            default -> false;
        };
    }

    private Expr isExpr(Expr left, int loc) {
        String kw = value();
        p++;
        if (kw.equals("isnull")) {
            return new NullTest(left, false, loc);
        }
        if (kw.equals("notnull")) {
            return new NullTest(left, true, loc);
        }
        boolean not = acceptKw("not");
        if (bMode && !isKw("distinct")) {
            throw syntaxError();
        }
        if (acceptKw("null")) {
            return new NullTest(left, not, loc);
        }
        if (acceptKw("true")) {
            return new BoolTest(left, not ? BoolTestKind.IS_NOT_TRUE : BoolTestKind.IS_TRUE, loc);
        }
        if (acceptKw("false")) {
            return new BoolTest(left, not ? BoolTestKind.IS_NOT_FALSE : BoolTestKind.IS_FALSE, loc);
        }
        if (acceptKw("unknown")) {
            return new BoolTest(left, not ? BoolTestKind.IS_NOT_UNKNOWN : BoolTestKind.IS_UNKNOWN, loc);
        }
        if (acceptKw("distinct")) {
            expectKw("from");
            Expr right = expr(IS + 1);
            return new DistinctFrom(left, right, not, loc);
        }
        throw syntaxError();
    }

    private Expr likeGroup(Expr left, int loc) {
        boolean not = acceptKw("not");
        String kw = value();
        p++;
        switch (kw) {
            case "between": {
                boolean symmetric = acceptKw("symmetric");
                if (!symmetric) {
                    acceptKw("asymmetric");
                }
                Expr low = expr(LIKE + 1);
                expectKw("and");
                Expr high = expr(LIKE + 1);
                return new Between(left, low, high, not, symmetric, loc);
            }
            case "in": {
                if (startsSubquery()) {
                    int save = p;
                    try {
                        p++;
                        SelectStmt q = selectStmt();
                        expect(TokenKind.RPAREN);
                        return new InSubquery(left, q, not, loc);
                    } catch (dev.olifant.error.PgException e) {
                        if (t.kinds[save + 1] != TokenKind.LPAREN) {
                            throw e;
                        }
                        p = save;
                        try {
                            return inList(left, not, loc);
                        } catch (dev.olifant.error.PgException e2) {
                            throw further(e, e2);
                        }
                    }
                }
                return inList(left, not, loc);
            }
            case "similar": {
                expectKw("to");
                return likeRest(left, LikeKind.SIMILAR, not, loc);
            }
            case "like":
                return likeRest(left, LikeKind.LIKE, not, loc);
            default:
                return likeRest(left, LikeKind.ILIKE, not, loc);
        }
    }

    private Expr inList(Expr left, boolean not, int loc) {
        expect(TokenKind.LPAREN);
        List<Expr> list = exprList();
        expect(TokenKind.RPAREN);
        return new InList(left, list, not, loc);
    }

    private Expr likeRest(Expr left, LikeKind kind, boolean not, int loc) {
        if ((isKw("any") || isKw("some") || isKw("all")) && kind(1) == TokenKind.LPAREN && kind != LikeKind.SIMILAR) {
            String op = switch (kind) {
                case LIKE -> not ? "!~~" : "~~";
                default -> not ? "!~~*" : "~~*";
            };
            return anyAll(left, new OperatorName(null, op), loc);
        }
        Expr pattern = expr(ESCAPE + 1);
        Expr escape = null;
        if (acceptKw("escape")) {
            escape = expr(ESCAPE + 1);
        }
        return new Like(left, pattern, escape, kind, not, loc);
    }

    /** Prefix operators, then a primary expression. */
    private Expr prefix() {
        int loc = loc();
        switch (kind()) {
            case MINUS: {
                p++;
                Expr arg = expr(UMINUS + 1);
                if (arg instanceof NumericLiteral n) {
                    String text = n.text().startsWith("-") ? n.text().substring(1) : "-" + n.text();
                    return new NumericLiteral(text, loc);
                }
                return new UnaryOp(new OperatorName(null, "-"), arg, loc);
            }
            case PLUS: {
                p++;
                return new UnaryOp(new OperatorName(null, "+"), expr(UMINUS + 1), loc);
            }
            case OP: {
                String op = value();
                p++;
                return new UnaryOp(new OperatorName(null, op), expr(OP + 1), loc);
            }
            case KEYWORD:
                if (isKw("not") && !bMode) {
                    p++;
                    return new Not(expr(NOT), loc);
                }
                if (isKw("operator") && kind(1) == TokenKind.LPAREN) {
                    OperatorName op = operatorName();
                    return new UnaryOp(op, expr(OP + 1), loc);
                }
                break;
            default:
                break;
        }
        return primary();
    }
}
