package dev.olifant.types;

/**
 * The types and values of numeric literals in SQL text, as PostgreSQL's scanner and
 * make_const decide them: an integer literal that fits int4 is int4, else int8, else numeric;
 * a literal with a decimal point or an exponent is numeric.
 */
public final class Literals {
    private Literals() {
    }

    public static PgType typeOfNumericLiteral(String lexeme) {
        if (!isInteger(lexeme)) {
            return Types.NUMERIC;
        }
        int digits = significantDigits(lexeme);
        if (digits <= 9) {
            return Types.INT4;
        }
        if (digits > 19) {
            return Types.NUMERIC;
        }
        long v;
        try {
            v = Long.parseLong(lexeme);
        } catch (NumberFormatException e) {
            return Types.NUMERIC;
        }
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? Types.INT4 : Types.INT8;
    }

    public static Object parseNumericLiteral(String lexeme) {
        PgType type = typeOfNumericLiteral(lexeme);
        String s = lexeme;
        if (type == Types.INT4) {
            return Integer.parseInt(s);
        }
        if (type == Types.INT8) {
            return Long.parseLong(s);
        }
        return NumericIO.input(s, s);
    }

    private static boolean isInteger(String s) {
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int significantDigits(String s) {
        int n = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9' || (c == '0' && !leading)) {
                leading = false;
                n++;
            }
        }
        return n;
    }
}
