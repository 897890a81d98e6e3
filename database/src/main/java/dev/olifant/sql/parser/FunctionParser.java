package dev.olifant.sql.parser;

import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FrameBound;
import dev.olifant.sql.ast.FrameBoundKind;
import dev.olifant.sql.ast.FrameExclusion;
import dev.olifant.sql.ast.FrameMode;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.NamedArg;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.OperatorName;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.SortDirection;
import dev.olifant.sql.ast.StringKind;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.WindowDef;
import dev.olifant.sql.ast.WindowFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls: generic calls with DISTINCT / ALL, {@code *}, VARIADIC, named arguments,
 * ORDER BY inside the arguments, WITHIN GROUP, FILTER and OVER (window specifications with
 * frames), and the SQL-standard special forms mapped to pg_catalog functions (see
 * {@link FuncCall}). Also ORDER BY lists, shared with queries.
 */
abstract class FunctionParser extends PrimaryParser {

    FunctionParser(Tokens tokens) {
        super(tokens);
    }

    @Override
    final FuncCall functionCall(QualifiedName name) {
        expect(TokenKind.LPAREN);
        boolean star = false;
        boolean distinct = false;
        boolean variadic = false;
        List<Expr> args = List.of();
        List<SortBy> orderBy = List.of();
        if (accept(TokenKind.STAR)) {
            star = true;
        } else if (!is(TokenKind.RPAREN)) {
            distinct = acceptKw("distinct");
            if (!distinct) {
                acceptKw("all");
            }
            args = new ArrayList<>();
            do {
                if (variadic) {
                    throw syntaxError();
                }
                if (acceptKw("variadic")) {
                    variadic = true;
                }
                args.add(funcArg());
            } while (accept(TokenKind.COMMA));
            if (isKw("order") && isKw(1, "by")) {
                p += 2;
                orderBy = sortList();
            }
        }
        expect(TokenKind.RPAREN);
        boolean withinGroup = false;
        if (isKw("within") && isKw(1, "group")) {
            p += 2;
            expect(TokenKind.LPAREN);
            expectKw("order");
            expectKw("by");
            orderBy = sortList();
            expect(TokenKind.RPAREN);
            withinGroup = true;
        }
        Expr filter = null;
        if (isKw("filter") && kind(1) == TokenKind.LPAREN) {
            p += 2;
            expectKw("where");
            filter = aExpr();
            expect(TokenKind.RPAREN);
        }
        WindowDef over = null;
        if (isKw("over")) {
            p++;
            int wloc = loc();
            if (is(TokenKind.LPAREN)) {
                over = windowSpec(null);
            } else {
                over = new WindowDef(colId(), null, List.of(), List.of(), null, wloc);
            }
        }
        return new FuncCall(name, args, orderBy, filter, over, star, distinct, variadic, withinGroup,
                FuncSyntax.NORMAL, name.location());
    }

    private Expr funcArg() {
        if (isTypeFunctionName() && (kind(1) == TokenKind.EQUALS_GREATER || kind(1) == TokenKind.COLON_EQUALS)) {
            int loc = loc();
            String name = value();
            p += 2;
            return new NamedArg(name, aExpr(), loc);
        }
        return aExpr();
    }

    /** {@code ( [existing] [PARTITION BY …] [ORDER BY …] [frame] )}, the current token being '('. */
    final WindowDef windowSpec(String name) {
        int loc = loc();
        expect(TokenKind.LPAREN);
        String ref = null;
        if (isColId() && !(isKw("partition") && isKw(1, "by")) && !isKw("range") && !isKw("rows")
                && !isKw("groups")) {
            ref = colId();
        }
        List<Expr> partition = List.of();
        if (isKw("partition") && isKw(1, "by")) {
            p += 2;
            partition = exprList();
        }
        List<SortBy> order = List.of();
        if (isKw("order") && isKw(1, "by")) {
            p += 2;
            order = sortList();
        }
        WindowFrame frame = null;
        if (isKw("range") || isKw("rows") || isKw("groups")) {
            frame = frame();
        }
        expect(TokenKind.RPAREN);
        return new WindowDef(name, ref, partition, order, frame, loc);
    }

    private WindowFrame frame() {
        int loc = loc();
        FrameMode mode = FrameMode.valueOf(value().toUpperCase(java.util.Locale.ROOT));
        p++;
        FrameBound start;
        FrameBound end = null;
        if (acceptKw("between")) {
            int startLoc = loc();
            start = frameBound();
            expectKw("and");
            int endLoc = loc();
            end = frameBound();
            FrameBoundChecks.between(start.kind(), startLoc, end.kind(), endLoc);
        } else {
            int startLoc = loc();
            start = frameBound();
            FrameBoundChecks.single(start.kind(), startLoc);
        }
        FrameExclusion exclusion = FrameExclusion.NO_OTHERS;
        if (acceptKw("exclude")) {
            if (acceptKw("current")) {
                expectKw("row");
                exclusion = FrameExclusion.CURRENT_ROW;
            } else if (acceptKw("group")) {
                exclusion = FrameExclusion.GROUP;
            } else if (acceptKw("ties")) {
                exclusion = FrameExclusion.TIES;
            } else {
                expectKw("no");
                expectKw("others");
            }
        }
        return new WindowFrame(mode, start, end, exclusion, loc);
    }

    private FrameBound frameBound() {
        if (isKw("unbounded") && (isKw(1, "preceding") || isKw(1, "following"))) {
            p++;
            boolean preceding = isKw("preceding");
            p++;
            return new FrameBound(preceding ? FrameBoundKind.UNBOUNDED_PRECEDING : FrameBoundKind.UNBOUNDED_FOLLOWING,
                    null);
        }
        if (isKw("current") && isKw(1, "row")) {
            p += 2;
            return new FrameBound(FrameBoundKind.CURRENT_ROW, null);
        }
        Expr offset = boundExpr();
        if (acceptKw("preceding")) {
            return new FrameBound(FrameBoundKind.PRECEDING, offset);
        }
        expectKw("following");
        return new FrameBound(FrameBoundKind.FOLLOWING, offset);
    }

    /** sortby_list after ORDER BY. */
    final List<SortBy> sortList() {
        List<SortBy> list = new ArrayList<>();
        do {
            list.add(sortBy());
        } while (accept(TokenKind.COMMA));
        return list;
    }

    private SortBy sortBy() {
        int loc = loc();
        Expr e = aExpr();
        SortDirection dir = SortDirection.DEFAULT;
        OperatorName using = null;
        if (acceptKw("asc")) {
            dir = SortDirection.ASC;
        } else if (acceptKw("desc")) {
            dir = SortDirection.DESC;
        } else if (acceptKw("using")) {
            dir = SortDirection.USING;
            using = operatorName();
        }
        return new SortBy(e, dir, using, nullsOrder(), loc);
    }

    final NullsOrder nullsOrder() {
        if (isKw("nulls") && (isKw(1, "first") || isKw(1, "last"))) {
            p++;
            boolean first = isKw("first");
            p++;
            return first ? NullsOrder.FIRST : NullsOrder.LAST;
        }
        return NullsOrder.DEFAULT;
    }

    @Override
    final Expr specialFunction(String keyword) {
        int loc = loc();
        p++;
        if (keyword.equals("collation")) {
            expectKw("for");
            expect(TokenKind.LPAREN);
            Expr arg = aExpr();
            expect(TokenKind.RPAREN);
            return call("pg_collation_for", List.of(arg), FuncSyntax.COLLATION_FOR, loc);
        }
        expect(TokenKind.LPAREN);
        switch (keyword) {
            case "extract": {
                int floc = loc();
                String field;
                if (is(TokenKind.STRING)) {
                    field = value();
                    p++;
                } else if (is(TokenKind.IDENT) || isKw("year") || isKw("month") || isKw("day") || isKw("hour")
                        || isKw("minute") || isKw("second")) {
                    field = value();
                    p++;
                } else {
                    throw syntaxError();
                }
                expectKw("from");
                Expr source = aExpr();
                expect(TokenKind.RPAREN);
                return call("extract", List.of(new StringLiteral(field, StringKind.PLAIN, floc), source),
                        FuncSyntax.EXTRACT, loc);
            }
            case "position": {
                Expr needle = expr(LIKE + 1);
                expectKw("in");
                Expr haystack = expr(LIKE + 1);
                expect(TokenKind.RPAREN);
                return call("position", List.of(haystack, needle), FuncSyntax.POSITION, loc);
            }
            case "substring":
                return substring(loc);
            case "trim":
                return trim(loc);
            default:
                return overlay(loc);
        }
    }

    private FuncCall call(String name, List<Expr> args, FuncSyntax syntax, int loc) {
        return new FuncCall(sys(name, loc), args, List.of(), null, null, false, false, false, false, syntax, loc);
    }

    private Expr plainCall(String name, int loc) {
        List<Expr> args = is(TokenKind.RPAREN) ? List.of() : exprList();
        expect(TokenKind.RPAREN);
        return call(name, args, FuncSyntax.NORMAL, loc);
    }

    private Expr substring(int loc) {
        if (is(TokenKind.RPAREN)) {
            return plainCall("substring", loc);
        }
        int start = p;
        Expr x = aExpr();
        if (is(TokenKind.COMMA) || is(TokenKind.RPAREN)) {
            p = start;
            return plainCall("substring", loc);
        }
        if (acceptKw("similar")) {
            Expr pattern = aExpr();
            expectKw("escape");
            Expr esc = aExpr();
            expect(TokenKind.RPAREN);
            return call("substring", List.of(x, pattern, esc), FuncSyntax.SUBSTRING, loc);
        }
        Expr from = null;
        Expr count = null;
        if (acceptKw("from")) {
            from = aExpr();
            if (acceptKw("for")) {
                count = aExpr();
            }
        } else {
            expectKw("for");
            count = aExpr();
            if (acceptKw("from")) {
                from = aExpr();
            }
        }
        expect(TokenKind.RPAREN);
        if (count == null) {
            return call("substring", List.of(x, from), FuncSyntax.SUBSTRING, loc);
        }
        if (from == null) {
            from = new NumericLiteral("1", -1);
        }
        return call("substring", List.of(x, from, count), FuncSyntax.SUBSTRING, loc);
    }

    private Expr trim(int loc) {
        String fn = "btrim";
        if (acceptKw("both")) {
            fn = "btrim";
        } else if (acceptKw("leading")) {
            fn = "ltrim";
        } else if (acceptKw("trailing")) {
            fn = "rtrim";
        }
        List<Expr> args;
        if (acceptKw("from")) {
            args = exprList();
        } else {
            Expr first = aExpr();
            if (acceptKw("from")) {
                args = new ArrayList<>(exprList());
                args.add(first);
            } else {
                args = new ArrayList<>();
                args.add(first);
                while (accept(TokenKind.COMMA)) {
                    args.add(aExpr());
                }
            }
        }
        expect(TokenKind.RPAREN);
        return call(fn, args, FuncSyntax.TRIM, loc);
    }

    private Expr overlay(int loc) {
        if (is(TokenKind.RPAREN)) {
            return plainCall("overlay", loc);
        }
        int start = p;
        Expr x = aExpr();
        if (!isKw("placing")) {
            p = start;
            return plainCall("overlay", loc);
        }
        p++;
        Expr repl = aExpr();
        expectKw("from");
        Expr from = aExpr();
        List<Expr> args = new ArrayList<>(List.of(x, repl, from));
        if (acceptKw("for")) {
            args.add(aExpr());
        }
        expect(TokenKind.RPAREN);
        return call("overlay", args, FuncSyntax.OVERLAY, loc);
    }
}
