package dev.olifant.sql.parser;

import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names (gram.y's Typename): the SQL spellings with their own syntax ({@code double
 * precision}, {@code character varying(n)}, {@code timestamp(p) with time zone}, {@code bit
 * varying}, {@code interval day to second(p)}, …) normalised to the names {@code Types.byName}
 * knows, generic (possibly qualified) names with type modifiers, and array bounds.
 */
abstract class TypeParser extends ParserBase {

    TypeParser(Tokens tokens) {
        super(tokens);
    }

    abstract Expr aExpr();

    /** Whether the current keyword starts one of the SQL type spellings (ConstTypename and friends). */
    final boolean isSqlTypeKeyword() {
        if (!is(TokenKind.KEYWORD)) {
            return false;
        }
        return switch (value()) {
            case "int", "integer", "smallint", "bigint", "real", "float", "decimal", "dec", "numeric", "boolean",
                    "bit", "character", "char", "varchar", "national", "nchar", "time", "timestamp",
                    "interval" -> true;
            case "double" -> isKw(1, "precision");
            default -> false;
        };
    }

    /** Typename: {@code [SETOF] SimpleTypename [array bounds]}. */
    final TypeName typeName() {
        boolean setof = acceptKw("setof");
        TypeName simple = simpleTypeName(true);
        List<Integer> bounds = arrayBounds();
        if (!setof && bounds.isEmpty()) {
            return simple;
        }
        return new TypeName(simple.names(), simple.typmods(), bounds, simple.intervalFields(), setof,
                simple.location());
    }

    final List<Integer> arrayBounds() {
        if (isKw("array")) {
            p++;
            if (accept(TokenKind.LBRACKET)) {
                int b = iconst();
                expect(TokenKind.RBRACKET);
                return List.of(b);
            }
            return List.of(-1);
        }
        if (!is(TokenKind.LBRACKET)) {
            return List.of();
        }
        List<Integer> bounds = new ArrayList<>(2);
        while (accept(TokenKind.LBRACKET)) {
            if (accept(TokenKind.RBRACKET)) {
                bounds.add(-1);
            } else {
                bounds.add(iconst());
                expect(TokenKind.RBRACKET);
            }
        }
        return bounds;
    }

    /**
     * SimpleTypename. With {@code intervalFields} false (a typed literal {@code INTERVAL 'x' DAY}),
     * interval fields are left for the caller to read after the string.
     */
    final TypeName simpleTypeName(boolean intervalFields) {
        int loc = loc();
        if (isSqlTypeKeyword()) {
            String kw = value();
            p++;
            switch (kw) {
                case "int", "integer":
                    return simple("integer", loc);
                case "smallint":
                    return simple("smallint", loc);
                case "bigint":
                    return simple("bigint", loc);
                case "real":
                    return simple("real", loc);
                case "boolean":
                    return simple("boolean", loc);
                case "double":
                    p++;
                    return simple("double precision", loc);
                case "float":
                    return floatType(loc);
                case "decimal", "dec", "numeric":
                    return new TypeName(List.of("numeric"), typmods(), List.of(), null, false, loc);
                case "bit": {
                    boolean varying = acceptKw("varying");
                    List<Expr> mods = typmods();
                    if (!varying && mods.isEmpty()) {
                        mods = List.of(new NumericLiteral("1", -1));
                    }
                    return new TypeName(List.of(varying ? "bit varying" : "bit"), mods, List.of(), null, false, loc);
                }
                case "character", "char", "varchar", "national", "nchar":
                    return characterType(kw, loc);
                case "time", "timestamp":
                    return datetimeType(kw, loc);
                case "interval":
                    return intervalType(loc, intervalFields);
                default:
                    throw syntaxErrorAt(p - 1);
            }
        }
        // GenericType: type_function_name [attrs] [(modifiers)]
        List<String> names = new ArrayList<>(2);
        names.add(typeFunctionName());
        while (accept(TokenKind.DOT)) {
            names.add(colLabel());
        }
        return new TypeName(names, typmods(), List.of(), null, false, loc);
    }

    private static TypeName simple(String name, int loc) {
        return new TypeName(List.of(name), List.of(), List.of(), null, false, loc);
    }

    final List<Expr> typmods() {
        if (!is(TokenKind.LPAREN)) {
            return List.of();
        }
        p++;
        List<Expr> mods = new ArrayList<>(2);
        do {
            mods.add(aExpr());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return mods;
    }

    private TypeName floatType(int loc) {
        if (!accept(TokenKind.LPAREN)) {
            return simple("double precision", loc);
        }
        int at = loc();
        int precision = iconst();
        expect(TokenKind.RPAREN);
        if (precision < 1) {
            throw error(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be at least 1 bit", at);
        }
        if (precision <= 24) {
            return simple("real", loc);
        }
        if (precision <= 53) {
            return simple("double precision", loc);
        }
        throw error(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be less than 54 bits", at);
    }

    private TypeName characterType(String kw, int loc) {
        boolean varying;
        if (kw.equals("varchar")) {
            varying = true;
        } else {
            if (kw.equals("national")) {
                if (!acceptKw("character")) {
                    expectKw("char");
                }
            }
            varying = acceptKw("varying");
        }
        List<Expr> mods = typmods();
        if (!varying && mods.isEmpty()) {
            mods = List.of(new NumericLiteral("1", -1));
        }
        return new TypeName(List.of(varying ? "character varying" : "character"), mods, List.of(), null, false, loc);
    }

    private TypeName datetimeType(String kw, int loc) {
        List<Expr> mods = typmods();
        boolean tz = false;
        if (isKw("with") && isKw(1, "time") && isKw(2, "zone")) {
            p += 3;
            tz = true;
        } else if (isKw("without") && isKw(1, "time") && isKw(2, "zone")) {
            p += 3;
        }
        String name = kw + (tz ? " with time zone" : " without time zone");
        return new TypeName(List.of(name), mods, List.of(), null, false, loc);
    }

    private TypeName intervalType(int loc, boolean withFields) {
        if (is(TokenKind.LPAREN)) {
            return new TypeName(List.of("interval"), typmods(), List.of(), null, false, loc);
        }
        if (!withFields) {
            return simple("interval", loc);
        }
        List<Expr> mods = new ArrayList<>(1);
        String fields = intervalFields(mods);
        return new TypeName(List.of("interval"), mods, List.of(), fields, false, loc);
    }

    /** opt_interval: the field restriction of an interval, or null; SECOND's precision goes to {@code mods}. */
    final String intervalFields(List<Expr> mods) {
        if (!is(TokenKind.KEYWORD)) {
            return null;
        }
        String first = value();
        switch (first) {
            case "year", "month", "day", "hour", "minute", "second":
                break;
            default:
                return null;
        }
        p++;
        if (first.equals("second")) {
            secondPrecision(mods);
            return first;
        }
        if (!isKw("to")) {
            return first;
        }
        String second = value(1);
        boolean ok = switch (first) {
            case "year" -> "month".equals(second);
            case "day" -> "hour".equals(second) || "minute".equals(second) || "second".equals(second);
            case "hour" -> "minute".equals(second) || "second".equals(second);
            case "minute" -> "second".equals(second);
            default -> false;
        };
        if (!ok || kind(1) != TokenKind.KEYWORD) {
            throw syntaxErrorAt(p + 1);
        }
        p += 2;
        if (second.equals("second")) {
            secondPrecision(mods);
        }
        return first + " to " + second;
    }

    private void secondPrecision(List<Expr> mods) {
        if (accept(TokenKind.LPAREN)) {
            int at = loc();
            mods.add(new NumericLiteral(String.valueOf(iconst()), at));
            expect(TokenKind.RPAREN);
        }
    }
}
