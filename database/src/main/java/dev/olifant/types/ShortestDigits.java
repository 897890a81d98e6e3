package dev.olifant.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reconciles Java's shortest-digit selection ({@code Double.toString}, {@code Float.toString})
 * with the Ryu variant PostgreSQL compiles (without STRICTLY_SHORTEST, so the rounding interval
 * never includes its bounds). The two differ only when Java picks a decimal lying exactly on a
 * bound between two floating-point values (it accepts bounds that round-half-even reads back,
 * e.g. 1e23), or prints two digits where one suffices (4.9e-324 vs 5e-324). In those rare cases
 * the shortest decimal strictly inside the interval is searched with exact arithmetic.
 */
final class ShortestDigits {
    /** Significant digits (no leading or trailing zeros) and the decimal exponent of the first. */
    record Digits(String digits, int exp) {
    }

    private static final long[] POW5 = new long[27];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    private ShortestDigits() {
    }

    /** {@code abs} is the absolute value (finite, non-zero); {@code single} for float4. */
    static Digits adjust(String d, int exp, double abs, boolean single) {
        boolean twoDigits = d.length() == 2 && oneDigitReadsBack(d, exp, abs, single);
        if (!twoDigits && !onBoundCandidate(d, exp, abs, single)) {
            return null;
        }
        BigDecimal x = new BigDecimal(abs);
        BigDecimal lo;
        BigDecimal hi;
        if (single) {
            float f = (float) abs;
            lo = x.add(new BigDecimal(Math.nextDown(f))).divide(BigDecimal.TWO);
            hi = x.add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.TWO);
        } else {
            lo = x.add(new BigDecimal(Math.nextDown(abs))).divide(BigDecimal.TWO);
            hi = x.add(new BigDecimal(Math.nextUp(abs))).divide(BigDecimal.TWO);
        }
        BigDecimal javaChoice = new BigDecimal(d).scaleByPowerOfTen(exp - d.length() + 1);
        if (!twoDigits && javaChoice.compareTo(lo) > 0 && javaChoice.compareTo(hi) < 0) {
            return null;
        }
        int max = single ? 9 : 17;
        for (int n = twoDigits ? 1 : d.length(); n <= max; n++) {
            BigDecimal r = x.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (r.compareTo(lo) <= 0) {
                r = r.add(r.ulp());
            }
            if (r.compareTo(lo) > 0 && r.compareTo(hi) < 0) {
                BigDecimal s = r.stripTrailingZeros();
                String digits = s.unscaledValue().toString();
                int e = digits.length() - 1 - s.scale();
                if (twoDigits && digits.length() == 2 && digits.equals(d) && e == exp) {
                    return null;
                }
                return new Digits(digits, e);
            }
        }
        return null;
    }

    /** Whether a one-digit decimal next to the two digits {@code d} reads back as the value. */
    private static boolean oneDigitReadsBack(String d, int exp, double abs, boolean single) {
        int a = d.charAt(0) - '0';
        for (int cand = a; cand <= a + 1; cand++) {
            String lit = cand == 10 ? "1e" + (exp + 1) : cand + "e" + exp;
            if (single ? Float.parseFloat(lit) == (float) abs : Double.parseDouble(lit) == abs) {
                return true;
            }
        }
        return false;
    }

    /** Whether Java's decimal could sit exactly on a bound (cheap filter before exact arithmetic). */
    private static boolean onBoundCandidate(String d, int exp, double abs, boolean single) {
        boolean even = single ? (Float.floatToRawIntBits((float) abs) & 1) == 0
                : (Double.doubleToRawLongBits(abs) & 1) == 0;
        if (!even) {
            return false;
        }
        int k = exp - (d.length() - 1);
        if (k >= 0) {
            // bounds are integers only when the spacing of values is at least 2
            return abs >= (single ? 16777216.0 : 9007199254740992.0);
        }
        if (-k >= POW5.length) {
            return false;
        }
        // d * 10^k is a dyadic rational only when 5^-k divides d; when it is the value itself
        // (0.5, 1.25, ...) it is no bound
        long digits = Long.parseLong(d);
        if (digits % POW5[-k] != 0) {
            return false;
        }
        return Math.scalb((double) (digits / POW5[-k]), k) != abs;
    }
}
