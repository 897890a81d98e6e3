package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * numeric's text and binary forms. A numeric value is a {@link BigDecimal} whose scale is the
 * display scale (never negative). PostgreSQL's NaN and ±Infinity have no BigDecimal counterpart
 * and are rejected with 0A000.
 */
final class NumericIO {
    /** The largest number of decimal digits before the point that numeric accepts (weight limit). */
    private static final int MAX_INTEGER_DIGITS = 131072;
    private static final int MAX_DSCALE = 16383;
    private static final short NUMERIC_POS = 0x0000;
    private static final short NUMERIC_NEG = 0x4000;
    private static final short NUMERIC_NAN = (short) 0xC000;
    private static final short NUMERIC_PINF = (short) 0xD000;
    private static final short NUMERIC_NINF = (short) 0xF000;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10000);

    private NumericIO() {
    }

    /** numeric_in: {@code original} is quoted in the error message. */
    static BigDecimal input(String text, String original) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        String s = text.substring(start, end);
        if (s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("infinity") || s.equalsIgnoreCase("+infinity")
                || s.equalsIgnoreCase("-infinity") || s.equalsIgnoreCase("inf") || s.equalsIgnoreCase("+inf")
                || s.equalsIgnoreCase("-inf")) {
            throw special();
        }
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw syntax(original);
        }
        long exponent = 0;
        int mantissaEnd = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            int expStart = i;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == expDigits) {
                throw syntax(original);
            }
            String e = s.substring(expStart, i);
            try {
                exponent = i - expDigits > 12 ? Long.MAX_VALUE : Long.parseLong(e);
            } catch (NumberFormatException ex) {
                throw syntax(original);
            }
            if (exponent >= Integer.MAX_VALUE / 2 || exponent <= -(Integer.MAX_VALUE / 2)) {
                throw syntax(original);
            }
        }
        if (i != n) {
            throw syntax(original);
        }
        BigDecimal value = new BigDecimal(s.substring(0, mantissaEnd));
        if (exponent != 0) {
            value = value.scaleByPowerOfTen((int) exponent);
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return checkRange(value);
    }

    static BigDecimal checkRange(BigDecimal value) {
        if (value.scale() > MAX_DSCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return value;
    }

    static String output(BigDecimal value) {
        return value.toPlainString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static PgException syntax(String original) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type numeric: \"" + original + "\"");
    }

    static PgException special() {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "numeric NaN and infinity values are not supported");
    }

    /** numeric_send: ndigits, weight, sign, dscale, then base-10000 digits, all big-endian int16. */
    static byte[] send(BigDecimal value) {
        int dscale = Math.max(0, value.scale());
        BigInteger unscaled = value.setScale(dscale).unscaledValue();
        int sign = unscaled.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS;
        unscaled = unscaled.abs();
        // Align the fraction to whole base-10000 digits: pad the scale up to a multiple of 4.
        int padScale = (dscale + 3) / 4 * 4;
        BigInteger aligned = unscaled.multiply(BigInteger.TEN.pow(padScale - dscale));
        int fracGroups = padScale / 4;
        short[] groups = new short[Math.max(4, aligned.bitLength() / 13 + 2)];
        int count = 0;
        while (aligned.signum() > 0) {
            BigInteger[] qr = aligned.divideAndRemainder(TEN_THOUSAND);
            if (count == groups.length) {
                groups = java.util.Arrays.copyOf(groups, count * 2);
            }
            groups[count++] = qr[1].shortValue();
            aligned = qr[0];
        }
        // groups[0] is the least significant; weight of groups[k] is k - fracGroups.
        int low = 0;
        while (low < count && groups[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        int weight = count == 0 ? 0 : count - 1 - fracGroups;
        ByteBuffer buf = ByteBuffer.allocate(8 + 2 * ndigits);
        buf.putShort((short) ndigits);
        buf.putShort((short) (ndigits == 0 ? 0 : weight));
        buf.putShort((short) sign);
        buf.putShort((short) dscale);
        for (int k = count - 1; k >= low; k--) {
            buf.putShort(groups[k]);
        }
        return buf.array();
    }

    static BigDecimal receive(ByteBuffer buf) {
        int ndigits = Short.toUnsignedInt(buf.getShort());
        int weight = buf.getShort();
        short sign = buf.getShort();
        int dscale = Short.toUnsignedInt(buf.getShort());
        if (sign == NUMERIC_NAN || sign == NUMERIC_PINF || sign == NUMERIC_NINF) {
            throw special();
        }
        if (sign != NUMERIC_POS && sign != NUMERIC_NEG) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid sign in external \"numeric\" value");
        }
        if ((dscale & 0x3FFF) != dscale) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid scale in external \"numeric\" value");
        }
        BigInteger acc = BigInteger.ZERO;
        for (int k = 0; k < ndigits; k++) {
            int d = buf.getShort();
            if (d < 0 || d >= 10000) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid digit in external \"numeric\" value");
            }
            acc = acc.multiply(TEN_THOUSAND).add(BigInteger.valueOf(d));
        }
        // The last digit read has weight (weight - ndigits + 1), in units of 10000.
        int exp4 = weight - ndigits + 1;
        BigDecimal v = new BigDecimal(acc, -4 * exp4);
        if (sign == NUMERIC_NEG) {
            v = v.negate();
        }
        return v.setScale(dscale, java.math.RoundingMode.HALF_UP);
    }
}
