package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * to_char for numbers (formatting.c NUM_processor) for the common template patterns:
 * {@code 9} (digit, blank when insignificant), {@code 0} (digit, zero when insignificant),
 * {@code .}/{@code D} (decimal point), {@code ,}/{@code G} (group separator), {@code S},
 * {@code MI}, {@code PL}, {@code SG} (signs), {@code FM} (fill mode), {@code EEEE} (scientific),
 * {@code RN} (roman numerals); other characters and double-quoted text are copied. Without an
 * explicit sign pattern a sign position precedes the first digit.
 */
final class NumberFormat {
    private NumberFormat() {
    }

    private enum Kind { NINE, ZERO, POINT, GROUP, SIGN, MINUS, PLUS, SIGN_GLOBAL, LITERAL, EEEE, ROMAN }

    private record Token(Kind kind, String text) {
    }

    static String format(BigDecimal value, String pattern) {
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        boolean fillMode = false;
        int i = 0;
        String upper = pattern.toUpperCase(java.util.Locale.ROOT);
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (upper.startsWith("FM", i)) {
                fillMode = true;
                i += 2;
            } else if (ch == '9') {
                tokens.add(new Token(Kind.NINE, null));
                i++;
            } else if (ch == '0') {
                tokens.add(new Token(Kind.ZERO, null));
                i++;
            } else if (ch == '.' || ch == 'D' || ch == 'd') {
                tokens.add(new Token(Kind.POINT, null));
                i++;
            } else if (ch == ',' || ch == 'G' || ch == 'g') {
                tokens.add(new Token(Kind.GROUP, null));
                i++;
            } else if (upper.startsWith("EEEE", i)) {
                tokens.add(new Token(Kind.EEEE, null));
                i += 4;
            } else if (upper.startsWith("RN", i)) {
                tokens.add(new Token(ch == 'r' ? Kind.ROMAN : Kind.ROMAN, ch == 'r' ? "lower" : "upper"));
                i += 2;
            } else if (upper.startsWith("MI", i)) {
                tokens.add(new Token(Kind.MINUS, null));
                i += 2;
            } else if (upper.startsWith("PL", i)) {
                tokens.add(new Token(Kind.PLUS, null));
                i += 2;
            } else if (upper.startsWith("SG", i)) {
                tokens.add(new Token(Kind.SIGN_GLOBAL, null));
                i += 2;
            } else if (ch == 'S' || ch == 's') {
                tokens.add(new Token(Kind.SIGN, null));
                i++;
            } else if (ch == '"') {
                int end = pattern.indexOf('"', i + 1);
                end = end < 0 ? pattern.length() : end;
                tokens.add(new Token(Kind.LITERAL, pattern.substring(i + 1, end)));
                i = end + 1;
            } else if (ch == 'L' || ch == 'l') {
                tokens.add(new Token(Kind.LITERAL, " ")); // the currency symbol, empty in the C locale
                i++;
            } else if (upper.startsWith("V", i) || upper.startsWith("TH", i)) {
                throw Errors.notSupported("to_char pattern \"" + pattern.charAt(i) + "\" is not supported");
            } else {
                tokens.add(new Token(Kind.LITERAL, String.valueOf(ch)));
                i++;
            }
        }
        for (Token t : tokens) {
            if (t.kind() == Kind.ROMAN) {
                return roman(value, fillMode, "lower".equals(t.text()));
            }
        }
        boolean sci = tokens.stream().anyMatch(t -> t.kind() == Kind.EEEE);
        if (tokens.stream().filter(t -> t.kind() == Kind.POINT).count() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "multiple decimal points");
        }
        if (sci && (fillMode || tokens.stream().anyMatch(t -> t.kind() != Kind.EEEE && t.kind() != Kind.NINE
                && t.kind() != Kind.ZERO && t.kind() != Kind.POINT && t.kind() != Kind.LITERAL))) {
            throw new PgException(SqlState.SYNTAX_ERROR, "\"EEEE\" is incompatible with other formats")
                    .withDetail("\"EEEE\" may only be used together with digit and decimal point patterns.");
        }
        int intDigits = 0;
        int fracDigits = 0;
        boolean seenPoint = false;
        int zeroStart = -1;
        for (Token t : tokens) {
            if (t.kind() == Kind.POINT) {
                seenPoint = true;
            } else if (t.kind() == Kind.NINE || t.kind() == Kind.ZERO) {
                if (seenPoint) {
                    fracDigits++;
                } else {
                    if (t.kind() == Kind.ZERO && zeroStart < 0) {
                        zeroStart = intDigits;
                    }
                    intDigits++;
                }
            }
        }
        BigDecimal abs = value.abs();
        int exponent = 0;
        if (sci) {
            if (abs.signum() != 0) {
                exponent = abs.precision() - abs.scale() - 1;
                abs = abs.movePointLeft(exponent);
            }
            // like PostgreSQL, a mantissa rounded up to 10 is not renormalised (99.995 -> 10.00e+01)
            abs = abs.setScale(fracDigits, RoundingMode.HALF_UP);
        } else {
            abs = abs.setScale(fracDigits, RoundingMode.HALF_UP);
        }
        // the sign is that of the rounded value: -0.004 printed with two decimals is 0.00
        boolean digitless = intDigits + fracDigits == 0;
        boolean negative = value.signum() < 0 && (abs.signum() != 0 || digitless);
        String plain = abs.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
        if (intPart.equals("0") && !sci) {
            intPart = seenPoint && fracDigits > 0 ? "" : "0";
        }
        boolean overflow = !sci && intPart.length() > intDigits;
        String extra = "";
        if (sci && intPart.length() > intDigits && intDigits > 0) {
            // an unnormalised mantissa (10.00) prints all its integer digits
            extra = intPart.substring(0, intPart.length() - intDigits);
            intPart = intPart.substring(intPart.length() - intDigits);
        }
        // PL leaves the leading sign position in place; S, MI and SG replace it
        boolean hasSignToken = tokens.stream().anyMatch(t -> t.kind() == Kind.SIGN || t.kind() == Kind.MINUS
                || t.kind() == Kind.SIGN_GLOBAL);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        boolean started = false;
        boolean signPending = !hasSignToken;
        boolean leadingSign = false;
        int fracPos = 0;
        boolean inFraction = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            switch (t.kind()) {
                case NINE, ZERO -> {
                    if (inFraction) {
                        out.append(overflow ? '#' : fracPart.charAt(fracPos));
                        fracPos++;
                        break;
                    }
                    int idx = pos - (intDigits - intPart.length());
                    char digit;
                    if (overflow) {
                        digit = '#';
                    } else if (idx >= 0) {
                        digit = intPart.charAt(idx);
                    } else if (zeroStart >= 0 && pos >= zeroStart) {
                        digit = '0';
                    } else {
                        digit = ' ';
                    }
                    if (digit != ' ' && !started) {
                        started = true;
                        emitSign(out, signPending, negative, fillMode);
                        emitExplicitSign(out, leadingSign, negative);
                        signPending = false;
                        leadingSign = false;
                    }
                    if (digit == ' ') {
                        if (!fillMode) {
                            out.append(' ');
                        }
                    } else {
                        if (pos == 0) {
                            out.append(extra);
                        }
                        out.append(digit);
                    }
                    pos++;
                }
                case POINT -> {
                    if (!started) {
                        started = true;
                        emitSign(out, signPending, negative, fillMode);
                        emitExplicitSign(out, leadingSign, negative);
                        signPending = false;
                        leadingSign = false;
                    }
                    inFraction = true;
                    if (fracDigits > 0 || overflow || digitless) {
                        out.append('.'); // a point ending the digits is not printed
                    }
                }
                case GROUP -> {
                    if (inFraction || started) {
                        out.append(',');
                    } else if (!fillMode) {
                        out.append(' ');
                    }
                }
                case SIGN -> {
                    if (k == 0 || !started) {
                        leadingSign = true;
                    } else {
                        out.append(negative ? '-' : '+');
                    }
                }
                case MINUS -> out.append(negative ? "-" : fillMode ? "" : " ");
                case PLUS -> out.append(negative ? (fillMode ? "" : " ") : "+");
                case SIGN_GLOBAL -> out.append(negative ? '-' : '+');
                case EEEE -> out.append(exponent < 0 ? "e-" : "e+")
                        .append(String.format("%02d", Math.abs(exponent)));
                case LITERAL -> out.append(t.text());
                default -> {
                }
            }
        }
        if (!started && intDigits + fracDigits > 0) {
            emitSign(out, signPending, negative, fillMode);
            emitExplicitSign(out, leadingSign, negative);
        }
        if (fillMode) {
            trimFraction(out, tokens);
        }
        return out.toString();
    }

    private static void emitExplicitSign(StringBuilder out, boolean emit, boolean negative) {
        if (emit) {
            out.append(negative ? '-' : '+');
        }
    }

    private static void emitSign(StringBuilder out, boolean emit, boolean negative, boolean fillMode) {
        if (!emit) {
            return;
        }
        if (negative) {
            out.append('-');
        } else if (!fillMode) {
            out.append(' ');
        }
    }

    /**
     * FM drops insignificant trailing zeros at 9 positions after the point (the point itself
     * stays), and a number left without any digit shows a single 0 before the point.
     */
    private static void trimFraction(StringBuilder out, java.util.List<Token> tokens) {
        int point = out.indexOf(".");
        if (point < 0) {
            return;
        }
        int end = point + 1;
        while (end < out.length() && Character.isDigit(out.charAt(end))) {
            end++;
        }
        // fraction positions, left to right, are the digit tokens after the POINT token
        java.util.List<Kind> fraction = new java.util.ArrayList<>();
        boolean after = false;
        for (Token t : tokens) {
            if (t.kind() == Kind.POINT) {
                after = true;
            } else if (after && (t.kind() == Kind.NINE || t.kind() == Kind.ZERO)) {
                fraction.add(t.kind());
            }
        }
        int cut = end;
        int k = Math.min(fraction.size(), end - point - 1) - 1;
        while (cut > point + 1 && k >= 0 && fraction.get(k) == Kind.NINE && out.charAt(cut - 1) == '0') {
            cut--;
            k--;
        }
        out.delete(cut, end);
        boolean anyDigit = false;
        for (int i = 0; i < out.length(); i++) {
            if (Character.isDigit(out.charAt(i)) || out.charAt(i) == '#') {
                anyDigit = true;
                break;
            }
        }
        if (!anyDigit) {
            out.insert(out.indexOf("."), '0');
        }
    }

    private static String roman(BigDecimal value, boolean fillMode, boolean lower) {
        int n = value.setScale(0, RoundingMode.HALF_UP).intValue();
        String r;
        if (n < 1 || n > 3999) {
            r = "###############";
        } else {
            String[] syms = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < vals.length; i++) {
                while (n >= vals[i]) {
                    sb.append(syms[i]);
                    n -= vals[i];
                }
            }
            r = fillMode ? sb.toString() : String.format("%15s", sb);
        }
        return lower ? r.toLowerCase(java.util.Locale.ROOT) : r;
    }
}
