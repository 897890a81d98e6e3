package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float4 / float8 text I/O. Output follows extra_float_digits: above zero the shortest digits
 * that read back exactly (PostgreSQL's Ryu output, which Java's {@code Double.toString} digit
 * selection matches), printed in fixed notation when the decimal exponent is in [-4, 15) for
 * float8 and [-4, 6) for float4, else as {@code 1.5e+20}; at zero or below, C's {@code %.Ng}
 * with N = 15 (float8) or 6 (float4) plus extra_float_digits.
 */
final class FloatIO {
    private FloatIO() {
    }

    static String output(double v, int extraFloatDigits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (extraFloatDigits > 0) {
            return shortest(Double.toString(v), 15, v, false);
        }
        return percentG(v, Math.max(1, 15 + extraFloatDigits));
    }

    static String output(float v, int extraFloatDigits) {
        if (Float.isNaN(v)) {
            return "NaN";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (extraFloatDigits > 0) {
            return shortest(Float.toString(v), 6, v, true);
        }
        return percentG(v, Math.max(1, 6 + extraFloatDigits));
    }

    /** Re-renders Java's shortest repr ("1.0E-5", "123.45", "-0.0") in PostgreSQL's layout. */
    private static String shortest(String java, int fixedLimit, double value, boolean single) {
        boolean neg = java.charAt(0) == '-';
        int start = neg ? 1 : 0;
        int ePos = java.indexOf('E', start);
        int end = ePos < 0 ? java.length() : ePos;
        int javaExp = ePos < 0 ? 0 : Integer.parseInt(java, ePos + 1, java.length(), 10);
        // Collect the significant digits and the position of the decimal point.
        StringBuilder digits = new StringBuilder(20);
        int pointPos = -1;
        for (int i = start; i < end; i++) {
            char c = java.charAt(i);
            if (c == '.') {
                pointPos = digits.length();
            } else {
                digits.append(c);
            }
        }
        if (pointPos < 0) {
            pointPos = digits.length();
        }
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        int trail = digits.length();
        while (trail > lead + 1 && digits.charAt(trail - 1) == '0') {
            trail--;
        }
        String d = digits.substring(lead, trail);
        if (d.equals("0")) {
            return neg ? "-0" : "0";
        }
        // scientific exponent of the first significant digit
        int exp = pointPos - lead - 1 + javaExp;
        ShortestDigits.Digits ryu = ShortestDigits.adjust(d, exp, Math.abs(value), single);
        if (ryu != null) {
            return layout(neg, ryu.digits(), ryu.exp(), fixedLimit);
        }
        return layout(neg, d, exp, fixedLimit);
    }

    /** Prints digits d (no leading/trailing zeros) with decimal exponent exp as %g would. */
    private static String layout(boolean neg, String d, int exp, int fixedLimit) {
        StringBuilder sb = new StringBuilder(d.length() + 8);
        if (neg) {
            sb.append('-');
        }
        if (exp >= -4 && exp < fixedLimit) {
            if (exp < 0) {
                sb.append("0.");
                for (int i = -1; i > exp; i--) {
                    sb.append('0');
                }
                sb.append(d);
            } else if (d.length() <= exp + 1) {
                sb.append(d);
                for (int i = d.length(); i <= exp; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(d, 0, exp + 1).append('.').append(d, exp + 1, d.length());
            }
        } else {
            sb.append(d.charAt(0));
            if (d.length() > 1) {
                sb.append('.').append(d, 1, d.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /** C's %.{precision}g for a finite value. */
    private static String percentG(double v, int precision) {
        if (v == 0) {
            return (1 / v < 0) ? "-0" : "0";
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        boolean neg = bd.signum() < 0;
        String unscaled = bd.unscaledValue().abs().toString();
        int exp = unscaled.length() - 1 - bd.scale();
        int trail = unscaled.length();
        while (trail > 1 && unscaled.charAt(trail - 1) == '0') {
            trail--;
        }
        return layout(neg, unscaled.substring(0, trail), exp, precision);
    }

    /** float8in / float4in: strtod syntax plus NaN and [+-]Infinity / inf, with PostgreSQL's errors. */
    static double parse(String text, boolean single) {
        String typeName = single ? "real" : "double precision";
        String s = ScalarIO.trim(text);
        if (s.isEmpty()) {
            throw ScalarIO.syntax(typeName, text);
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (rest.equalsIgnoreCase("infinity") || rest.equalsIgnoreCase("inf")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.length() > 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X')) {
            // strtod also reads C99 hexadecimal floating constants
            if (!validHex(rest.substring(2))) {
                throw ScalarIO.syntax(typeName, text);
            }
            s = rest.indexOf('p') < 0 && rest.indexOf('P') < 0 ? s + "p0" : s;
            rest = rest + "p0";
        } else if (!validDecimal(rest)) {
            throw ScalarIO.syntax(typeName, text);
        }
        double v = Double.parseDouble(s);
        if (single) {
            float f = (float) v;
            if (Float.isInfinite(f) || (f == 0 && !isZero(rest))) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "\"" + text + "\" is out of range for type real");
            }
            // strtof rounds once from the decimal string; parseFloat matches it
            return Float.parseFloat(s);
        }
        if (Double.isInfinite(v) || (v == 0 && !isZero(rest))) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + text + "\" is out of range for type double precision");
        }
        return v;
    }

    private static boolean validHex(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        boolean point = false;
        while (i < n && (Character.digit(s.charAt(i), 16) >= 0 || (s.charAt(i) == '.' && !point))) {
            if (s.charAt(i) == '.') {
                point = true;
            } else {
                digits++;
            }
            i++;
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int e = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            return i > e && i == n;
        }
        return i == n;
    }

    private static boolean validDecimal(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int e = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == e) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
