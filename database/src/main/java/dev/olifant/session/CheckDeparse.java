package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.system.Definitions;
import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.InList;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.Or;
import dev.olifant.sql.ast.StringKind;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.parser.Parser;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import dev.olifant.types.TextIO;
import dev.olifant.types.Typmods;
import dev.olifant.types.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CHECK condition as pg_get_constraintdef(oid, true) prints it, for the shapes whose typing is
 * certain: comparisons and IN lists between a column of an integer, numeric, text, varchar or
 * date/time type and constants, joined by AND and OR. PostgreSQL prints the analysed expression: a quoted
 * constant takes the column's type and shows it as a cast ({@code 'x'::text}), an integer
 * compared with a numeric column is cast ({@code 0::numeric}), an IN list becomes
 * {@code = ANY (ARRAY[...])} (get_rule_expr in ruleutils.c). Any other shape keeps its text:
 * {@link #pretty} answers null.
 */
final class CheckDeparse {
    private CheckDeparse() {
    }

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    private static final Set<PgType> TYPES = Set.of(Types.INT2, Types.INT4, Types.INT8, Types.NUMERIC, Types.TEXT,
            Types.VARCHAR, Types.DATE, Types.TIMESTAMP);
    private static final Map<PgType, Integer> INTEGER_RANK = Map.of(Types.INT2, 2, Types.INT4, 4, Types.INT8, 8);

    /** Thrown for a shape this printer does not know; the caller keeps the stored text. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final RegLookup NO_REG = new RegLookup() {
        @Override
        public String nameOf(PgType regType, long oid) {
            throw new Unsupported();
        }

        @Override
        public long oidOf(PgType regType, String text) {
            throw new Unsupported();
        }
    };

    /** The condition as PostgreSQL prints it, or null to keep the stored text. */
    static String pretty(Table t, String text) {
        try {
            return expr(t, Parser.parseExpression(text), false);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String expr(Table t, Expr e, boolean nested) {
        return switch (e) {
            case And a -> bool(t, a.args(), " AND ", nested);
            case Or o -> bool(t, o.args(), " OR ", nested);
            case BinaryOp b when b.operator().schema() == null && COMPARISONS.contains(b.operator().name()) ->
                    comparison(t, b);
            case InList in -> inList(t, in);
            default -> throw new Unsupported();
        };
    }

    private static String bool(Table t, List<Expr> args, String op, boolean nested) {
        List<String> parts = new ArrayList<>();
        for (Expr a : args) {
            parts.add(expr(t, a, true));
        }
        String s = String.join(op, parts);
        return nested ? "(" + s + ")" : s;
    }

    private static String comparison(Table t, BinaryOp b) {
        String op = b.operator().name().equals("!=") ? "<>" : b.operator().name();
        if (b.left() instanceof ColumnRef ref) {
            Column c = column(t, ref);
            return columnText(c) + " " + op + " " + constant(operandType(c), b.right());
        }
        if (b.right() instanceof ColumnRef ref) {
            Column c = column(t, ref);
            return constant(operandType(c), b.left()) + " " + op + " " + columnText(c);
        }
        throw new Unsupported();
    }

    private static String inList(Table t, InList in) {
        if (!(in.arg() instanceof ColumnRef ref)) {
            throw new Unsupported();
        }
        Column c = column(t, ref);
        List<String> items = new ArrayList<>();
        for (Expr item : in.list()) {
            if (!(item instanceof StringLiteral) && c.type() != Types.INT4) {
                throw new Unsupported();
            }
            items.add(constant(operandType(c), item));
        }
        return columnText(c) + (in.not() ? " <> ALL" : " = ANY") + " (ARRAY["
                + String.join(", ", items) + "])";
    }

    private static Column column(Table t, ColumnRef ref) {
        if (ref.star() || ref.fields().size() != 1) {
            throw new Unsupported();
        }
        Column c = t.column(ref.fields().get(0));
        if (c == null || !TYPES.contains(c.type())) {
            throw new Unsupported();
        }
        return c;
    }

    /** varchar has no comparison operators of its own: the column is cast to text, and so are constants. */
    private static PgType operandType(Column c) {
        return c.type() == Types.VARCHAR ? Types.TEXT : c.type();
    }

    private static String columnText(Column c) {
        return Definitions.quote(c.name()) + (c.type() == Types.VARCHAR ? "::text" : "");
    }

    /** A constant compared with a column of {@code type}. */
    private static String constant(PgType type, Expr e) {
        if (e instanceof StringLiteral s && s.kind() == StringKind.PLAIN) {
            FormatSettings settings = FormatSettings.defaults(ZoneOffset.UTC);
            String v = TextIO.output(type, TextIO.input(type, -1, s.value(), settings, NO_REG), settings, NO_REG);
            if (type == Types.INT4 && !v.startsWith("-")) {
                return v;
            }
            if (type == Types.NUMERIC && Character.isDigit(v.charAt(0)) && (v.contains(".") || v.contains("e"))) {
                return v;
            }
            return "'" + v.replace("'", "''") + "'::" + Typmods.format(type, -1);
        }
        if (e instanceof NumericLiteral n && n.text().chars().allMatch(Character::isDigit)) {
            long value;
            try {
                value = Long.parseLong(n.text());
            } catch (NumberFormatException ex) {
                throw new Unsupported();
            }
            if (value > Integer.MAX_VALUE) {
                throw new Unsupported();
            }
            if (INTEGER_RANK.containsKey(type)) {
                return Long.toString(value);
            }
            if (type == Types.NUMERIC) {
                return value + "::numeric";
            }
            throw new Unsupported();
        }
        if (e instanceof NumericLiteral n && type == Types.NUMERIC && !n.text().startsWith(".")) {
            return n.text();
        }
        throw new Unsupported();
    }
}
