package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.ArrayConstructor;
import dev.olifant.sql.ast.ArraySubquery;
import dev.olifant.sql.ast.BoolLiteral;
import dev.olifant.sql.ast.CaseExpr;
import dev.olifant.sql.ast.CaseWhen;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.CastSyntax;
import dev.olifant.sql.ast.Coalesce;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.DefaultExpr;
import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.GroupingFunc;
import dev.olifant.sql.ast.MinMax;
import dev.olifant.sql.ast.NullIf;
import dev.olifant.sql.ast.NullLiteral;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.ParamRef;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.sql.ast.ScalarSubquery;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SqlValueFunction;
import dev.olifant.sql.ast.SqlValueKind;
import dev.olifant.sql.ast.StringKind;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.Subscript;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.parser.Keywords.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary expressions (gram.y's c_expr, AexprConst and func_expr_common_subexpr): constants,
 * typed literals, parameters, column references with indirection, parenthesized expressions,
 * row constructors, subqueries, CASE, CAST, ARRAY, the SQL-standard special functions and the
 * value functions; generic function calls are in {@link FunctionParser}.
 */
abstract class PrimaryParser extends ExprParser {

    PrimaryParser(Tokens tokens) {
        super(tokens);
    }

    /** A generic function call whose name has been read; the current token is '('. */
    abstract FuncCall functionCall(QualifiedName name);

    /** The special-syntax functions (EXTRACT, POSITION, SUBSTRING, TRIM, OVERLAY, COLLATION FOR). */
    abstract Expr specialFunction(String keyword);

    @Override
    final Expr primary() {
        int loc = loc();
        switch (kind()) {
            case INTEGER, DECIMAL: {
                String v = value();
                p++;
                return new NumericLiteral(v, loc);
            }
            case STRING: {
                String v = value();
                StringKind sk = StringKind.values()[t.aux[p]];
                p++;
                return new StringLiteral(v, sk, loc);
            }
            case PARAM: {
                int n = t.aux[p];
                p++;
                return indirection(new ParamRef(n, loc));
            }
            case LPAREN:
                return parenthesized();
            case KEYWORD:
                return keywordPrimary();
            case IDENT:
                return namePrimary();
            default:
                throw syntaxError();
        }
    }

    private Expr parenthesized() {
        int loc = loc();
        int save = p;
        PgException firstError = null;
        if (startsSubquery()) {
            try {
                p++;
                SelectStmt q = selectStmt();
                expect(TokenKind.RPAREN);
                return indirection(new ScalarSubquery(q, loc));
            } catch (PgException e) {
                if (t.kinds[save + 1] != TokenKind.LPAREN) {
                    throw e;
                }
                firstError = e;
                p = save;
            }
        }
        try {
            p++;
            Expr first = aExpr();
            if (accept(TokenKind.COMMA)) {
                List<Expr> args = new ArrayList<>();
                args.add(first);
                args.addAll(exprList());
                expect(TokenKind.RPAREN);
                return indirection(new RowExpr(args, false, loc));
            }
            expect(TokenKind.RPAREN);
            return indirection(first);
        } catch (PgException e) {
            throw further(firstError, e);
        }
    }

    /** opt_indirection after a primary: {@code [i]}, {@code [lo:hi]}, {@code .field}, {@code .*}. */
    final Expr indirection(Expr base) {
        Expr e = base;
        while (true) {
            if (is(TokenKind.LBRACKET)) {
                e = subscript(e);
            } else if (is(TokenKind.DOT)) {
                p++;
                int loc = loc();
                if (accept(TokenKind.STAR)) {
                    e = new FieldSelect(e, null, loc);
                } else {
                    e = new FieldSelect(e, colLabel(), loc);
                }
            } else {
                return e;
            }
        }
    }

    final Subscript subscript(Expr arg) {
        int loc = loc();
        expect(TokenKind.LBRACKET);
        Expr lower = null;
        Expr upper = null;
        boolean slice = false;
        if (!is(TokenKind.COLON)) {
            lower = aExpr();
        }
        if (accept(TokenKind.COLON)) {
            slice = true;
            if (!is(TokenKind.RBRACKET)) {
                upper = aExpr();
            }
        }
        expect(TokenKind.RBRACKET);
        return new Subscript(arg, lower, upper, slice, loc);
    }

    private Expr keywordPrimary() {
        int loc = loc();
        String kw = value();
        boolean paren = kind(1) == TokenKind.LPAREN;
        switch (kw) {
            case "null":
                p++;
                return new NullLiteral(loc);
            case "true":
                p++;
                return new BoolLiteral(true, loc);
            case "false":
                p++;
                return new BoolLiteral(false, loc);
            case "default":
                p++;
                return new DefaultExpr(loc);
            case "case":
                return caseExpr();
            case "cast":
                return castExpr();
            case "exists": {
                if (!paren) {
                    break;
                }
                p++;
                expect(TokenKind.LPAREN);
                SelectStmt q = selectStmt();
                expect(TokenKind.RPAREN);
                return new Exists(q, loc);
            }
            case "array":
                return arrayExpr();
            case "row":
                if (paren) {
                    p += 2;
                    List<Expr> args = is(TokenKind.RPAREN) ? List.of() : exprList();
                    expect(TokenKind.RPAREN);
                    return new RowExpr(args, true, loc);
                }
                break;
            case "nullif":
                if (paren) {
                    p += 2;
                    Expr a = aExpr();
                    expect(TokenKind.COMMA);
                    Expr b = aExpr();
                    expect(TokenKind.RPAREN);
                    return new NullIf(a, b, loc);
                }
                break;
            case "coalesce", "greatest", "least":
                if (paren) {
                    p += 2;
                    List<Expr> args = exprList();
                    expect(TokenKind.RPAREN);
                    return kw.equals("coalesce") ? new Coalesce(args, loc) : new MinMax(kw.equals("greatest"), args, loc);
                }
                break;
            case "grouping":
                if (paren) {
                    p += 2;
                    List<Expr> args = exprList();
                    expect(TokenKind.RPAREN);
                    return new GroupingFunc(args, loc);
                }
                break;
            case "extract", "position", "substring", "trim", "overlay":
                if (paren) {
                    return specialFunction(kw);
                }
                break;
            case "collation":
                if (isKw(1, "for")) {
                    return specialFunction(kw);
                }
                break;
            case "current_date":
                p++;
                return new SqlValueFunction(SqlValueKind.CURRENT_DATE, -1, loc);
            case "current_time", "current_timestamp", "localtime", "localtimestamp": {
                p++;
                int precision = -1;
                if (accept(TokenKind.LPAREN)) {
                    precision = iconst();
                    expect(TokenKind.RPAREN);
                }
                SqlValueKind k = switch (kw) {
                    case "current_time" -> SqlValueKind.CURRENT_TIME;
                    case "current_timestamp" -> SqlValueKind.CURRENT_TIMESTAMP;
                    case "localtime" -> SqlValueKind.LOCALTIME;
                    default -> SqlValueKind.LOCALTIMESTAMP;
                };
                return new SqlValueFunction(k, precision, loc);
            }
            case "current_role", "current_user", "user", "session_user", "current_catalog":
                p++;
                return new SqlValueFunction(SqlValueKind.valueOf(kw.toUpperCase(java.util.Locale.ROOT)), -1, loc);
            case "current_schema":
                if (!paren) {
                    p++;
                    return new SqlValueFunction(SqlValueKind.CURRENT_SCHEMA, -1, loc);
                }
                break;
            default:
                break;
        }
        if (isSqlTypeKeyword() && typedLiteralAhead(paren)) {
            return sqlTypedLiteral();
        }
        return namePrimary();
    }

    private boolean typedLiteralAhead(boolean paren) {
        if (kind(1) == TokenKind.STRING || paren) {
            return true;
        }
        if (kind(1) != TokenKind.KEYWORD) {
            return false;
        }
        return switch (value(1)) {
            case "precision", "varying", "character", "char" -> true;
            case "with", "without" -> isKw(2, "time");
            default -> false;
        };
    }

    /** {@code type 'string'} for the SQL type spellings, including INTERVAL's trailing fields. */
    private Expr sqlTypedLiteral() {
        int loc = loc();
        TypeName type = simpleTypeName(false);
        if (!is(TokenKind.STRING)) {
            throw syntaxError();
        }
        int sloc = loc();
        String v = value();
        StringKind sk = StringKind.values()[t.aux[p]];
        p++;
        String tn = type.names().get(0);
        if ((tn.equals("character") || tn.equals("bit")) && type.typmods().size() == 1
                && type.typmods().get(0).location() < 0) {
            // ConstCharacter / ConstBit: a typed literal without a length is not constrained to 1.
            type = new TypeName(type.names(), List.of(), List.of(), null, false, type.location());
        }
        if (tn.equals("interval") && type.typmods().isEmpty()) {
            List<Expr> mods = new ArrayList<>(1);
            String fields = intervalFields(mods);
            type = new TypeName(type.names(), mods, List.of(), fields, false, type.location());
        }
        return new Cast(new StringLiteral(v, sk, sloc), type, CastSyntax.PREFIX, loc);
    }

    /** Column reference, generic function call or generic typed literal starting with a name. */
    private Expr namePrimary() {
        int loc = loc();
        boolean colId = isColId();
        boolean funcName = isTypeFunctionName();
        if (!colId && !funcName) {
            throw syntaxError();
        }
        String first = value();
        p++;
        if (is(TokenKind.LPAREN) || is(TokenKind.STRING)) {
            if (!funcName) {
                throw syntaxError();
            }
            return callOrLiteral(new QualifiedName(first, loc));
        }
        if (!colId) {
            throw syntaxErrorAt(p - 1);
        }
        if (!is(TokenKind.DOT) && !is(TokenKind.LBRACKET)) {
            return new ColumnRef(List.of(first), false, loc);
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(first);
        while (is(TokenKind.DOT)) {
            p++;
            if (accept(TokenKind.STAR)) {
                return new ColumnRef(parts, true, loc);
            }
            parts.add(colLabel());
        }
        if (is(TokenKind.LPAREN) || is(TokenKind.STRING)) {
            return callOrLiteral(new QualifiedName(parts, loc));
        }
        return indirection(new ColumnRef(parts, false, loc));
    }

    private Expr callOrLiteral(QualifiedName name) {
        if (is(TokenKind.STRING)) {
            int sloc = loc();
            String v = value();
            StringKind sk = StringKind.values()[t.aux[p]];
            p++;
            TypeName type = new TypeName(name.parts(), List.of(), List.of(), null, false, name.location());
            return new Cast(new StringLiteral(v, sk, sloc), type, CastSyntax.PREFIX, name.location());
        }
        FuncCall call = functionCall(name);
        if (is(TokenKind.STRING) && !call.star() && !call.distinct() && call.orderBy().isEmpty()
                && call.filter() == null && call.over() == null && !call.variadic()) {
            int sloc = loc();
            String v = value();
            StringKind sk = StringKind.values()[t.aux[p]];
            p++;
            TypeName type = new TypeName(name.parts(), call.args(), List.of(), null, false, name.location());
            return new Cast(new StringLiteral(v, sk, sloc), type, CastSyntax.PREFIX, name.location());
        }
        return call;
    }

    private Expr caseExpr() {
        int loc = loc();
        p++;
        Expr arg = isKw("when") ? null : aExpr();
        List<CaseWhen> whens = new ArrayList<>();
        while (isKw("when")) {
            int wloc = loc();
            p++;
            Expr cond = aExpr();
            expectKw("then");
            whens.add(new CaseWhen(cond, aExpr(), wloc));
        }
        if (whens.isEmpty()) {
            throw syntaxError();
        }
        Expr otherwise = acceptKw("else") ? aExpr() : null;
        expectKw("end");
        return new CaseExpr(arg, whens, otherwise, loc);
    }

    private Expr castExpr() {
        int loc = loc();
        p++;
        expect(TokenKind.LPAREN);
        Expr arg = aExpr();
        expectKw("as");
        TypeName type = typeName();
        expect(TokenKind.RPAREN);
        return new Cast(arg, type, CastSyntax.CAST, loc);
    }

    private Expr arrayExpr() {
        int loc = loc();
        p++;
        if (is(TokenKind.LPAREN)) {
            p++;
            SelectStmt q = selectStmt();
            expect(TokenKind.RPAREN);
            return new ArraySubquery(q, loc);
        }
        if (!is(TokenKind.LBRACKET)) {
            throw syntaxError();
        }
        return arrayBrackets(true, loc);
    }

    private ArrayConstructor arrayBrackets(boolean keyword, int loc) {
        expect(TokenKind.LBRACKET);
        List<Expr> elements = new ArrayList<>();
        if (!is(TokenKind.RBRACKET)) {
            do {
                if (is(TokenKind.LBRACKET)) {
                    elements.add(arrayBrackets(false, loc()));
                } else {
                    elements.add(aExpr());
                }
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.RBRACKET);
        return new ArrayConstructor(elements, keyword, loc);
    }

    /** Whether the current token is a keyword of the given category. */
    final boolean isCategory(Category c) {
        return is(TokenKind.KEYWORD) && t.keywords[p].category() == c;
    }
}
