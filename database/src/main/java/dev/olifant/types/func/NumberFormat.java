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
            } else if (upper.startsWith("V", i) || upper.startsWith("L", i) || upper.startsWith("TH", i)) {
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
        if (sci && tokens.stream().anyMatch(t -> t.kind() != Kind.EEEE && t.kind() != Kind.NINE
                && t.kind() != Kind.ZERO && t.kind() != Kind.POINT && t.kind() != Kind.LITERAL)) {
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
        boolean negative = value.signum() < 0;
        BigDecimal abs = value.abs();
        int exponent = 0;
        if (sci) {
            if (abs.signum() != 0) {
                exponent = abs.precision() - abs.scale() - 1;
                abs = abs.movePointLeft(exponent);
            }
            abs = abs.setScale(fracDigits, RoundingMode.HALF_UP);
            if (abs.compareTo(BigDecimal.TEN) >= 0) {
                abs = abs.movePointLeft(1).setScale(fracDigits, RoundingMode.HALF_UP);
                exponent++;
            }
        } else {
            abs = abs.setScale(fracDigits, RoundingMode.HALF_UP);
        }
        String plain = abs.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
        if (intPart.equals("0")) {
            intPart = seenPoint && fracDigits > 0 ? "" : "0";
        }
        boolean overflow = intPart.length() > intDigits;
        boolean hasSignToken = tokens.stream().anyMatch(t -> t.kind() == Kind.SIGN || t.kind() == Kind.MINUS
                || t.kind() == Kind.PLUS || t.kind() == Kind.SIGN_GLOBAL);
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
                    out.append('.');
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

    /** FM drops insignificant trailing zeros at 9 positions after the point, and a then-trailing point. */
    private static void trimFraction(StringBuilder out, java.util.List<Token> tokens) {
        int lastDigitToken = -1;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Kind kind = tokens.get(k).kind();
            if (kind == Kind.NINE || kind == Kind.ZERO || kind == Kind.POINT) {
                lastDigitToken = k;
                break;
            }
            if (kind != Kind.MINUS && kind != Kind.PLUS && kind != Kind.SIGN && kind != Kind.SIGN_GLOBAL) {
                return;
            }
        }
        if (lastDigitToken < 0 || out.indexOf(".") < 0) {
            return;
        }
        // only trim when the trailing tokens are 9s after the point and nothing literal follows
        String tail = "";
        int end = out.length();
        while (end > 0 && !Character.isDigit(out.charAt(end - 1)) && out.charAt(end - 1) != '.') {
            end--;
        }
        tail = out.substring(end);
        int k = lastDigitToken;
        while (end > 0 && k >= 0 && tokens.get(k).kind() == Kind.NINE && out.charAt(end - 1) == '0') {
            end--;
            k--;
        }
        if (end > 0 && out.charAt(end - 1) == '.' && (k >= 0 && tokens.get(k).kind() == Kind.POINT)) {
            end--;
        }
        out.setLength(end);
        out.append(tail);
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
