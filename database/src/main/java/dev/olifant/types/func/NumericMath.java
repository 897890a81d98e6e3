package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numeric arithmetic with PostgreSQL's result scales (numeric.c). PostgreSQL works in base-10000
 * digits; the scale rules depend on the base-10000 weight and leading digit of the operands,
 * which {@link #weight} and {@link #firstDigit} reproduce. Rounding is half away from zero.
 */
final class NumericMath {
    private NumericMath() {
    }

    static final int MIN_SIG_DIGITS = 16;
    static final int MAX_DISPLAY_SCALE = 1000;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    /** The base-10000 weight of the most significant non-zero digit group (0 for zero). */
    static int weight(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        int exponent = v.precision() - v.scale() - 1; // floor(log10 |v|)
        return Math.floorDiv(exponent, 4);
    }

    /** The most significant base-10000 digit (0 for zero). */
    static int firstDigit(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        return v.abs().movePointLeft(4 * weight(v)).intValue();
    }

    static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    /** select_div_scale. */
    static int divScale(BigDecimal a, BigDecimal b) {
        int qweight = weight(a) - weight(b);
        if (firstDigit(a) <= firstDigit(b)) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, a.scale());
        rscale = Math.max(rscale, b.scale());
        return clampScale(rscale);
    }

    static BigDecimal div(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw Errors.divisionByZero();
        }
        return a.divide(b, divScale(a, b), RoundingMode.HALF_UP);
    }

    static BigDecimal mod(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw Errors.divisionByZero();
        }
        return a.remainder(b).setScale(Math.max(a.scale(), b.scale()), RoundingMode.UNNECESSARY);
    }

    /** div(numeric, numeric): the truncated quotient, scale 0. */
    static BigDecimal intDiv(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw Errors.divisionByZero();
        }
        return a.divideToIntegralValue(b).setScale(0, RoundingMode.DOWN);
    }

    static BigDecimal sqrt(BigDecimal v) {
        if (v.signum() < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        int sweight = (weight(v) + 1) * 4 / 2 - 1;
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - sweight, v.scale()));
        if (v.signum() == 0) {
            return BigDecimal.ZERO.setScale(rscale);
        }
        return v.sqrt(new MathContext(rscale + precisionAbove(v) + 10)).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static int precisionAbove(BigDecimal v) {
        return Math.max(0, v.precision() - v.scale()) + 2;
    }

    static BigDecimal exp(BigDecimal v) {
        double x = v.doubleValue();
        double val = x * 0.434294481903252;
        val = Math.max(-MAX_DISPLAY_SCALE * 2, Math.min(MAX_DISPLAY_SCALE * 2, val));
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - (int) val, v.scale()));
        if (Math.abs(x) >= 6000) {
            if (x > 0) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(rscale);
        }
        int digits = rscale + Math.max(0, (int) val) + 10;
        return expAbsolute(v, digits).setScale(rscale, RoundingMode.HALF_UP);
    }

    static int estimateLnDweight(BigDecimal v) {
        if (v.signum() <= 0) {
            return 0;
        }
        if (v.compareTo(new BigDecimal("0.9")) >= 0 && v.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal x = v.subtract(BigDecimal.ONE);
            if (x.signum() == 0) {
                return 0;
            }
            return weight(x) * 4 + (int) Math.log10(firstDigit(x));
        }
        int digits = firstDigit(v);
        int dweight = weight(v) * 4;
        BigDecimal rest = v.abs().movePointLeft(4 * weight(v)).subtract(BigDecimal.valueOf(digits));
        if (rest.signum() != 0) {
            digits = digits * 10000 + rest.movePointRight(4).intValue();
            dweight -= 4;
        }
        double ln = Math.log(digits) + dweight * 2.302585092994046;
        return (int) Math.log10(Math.abs(ln));
    }

    static BigDecimal ln(BigDecimal v) {
        checkLnArgument(v);
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - estimateLnDweight(v), v.scale()));
        return lnAbsolute(v, rscale + 10).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static void checkLnArgument(BigDecimal v) {
        if (v.signum() == 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM, "cannot take logarithm of zero");
        }
        if (v.signum() < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM,
                    "cannot take logarithm of a negative number");
        }
    }

    /** log(base, num). */
    static BigDecimal log(BigDecimal base, BigDecimal num) {
        checkLnArgument(base);
        checkLnArgument(num);
        int resultDweight = estimateLnDweight(num) - estimateLnDweight(base);
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - resultDweight, base.scale()), num.scale()));
        BigDecimal lnBase = lnAbsolute(base, rscale + 20);
        if (lnBase.signum() == 0) {
            throw Errors.divisionByZero();
        }
        BigDecimal lnNum = lnAbsolute(num, rscale + 20);
        return lnNum.divide(lnBase, new MathContext(rscale + 30)).setScale(rscale, RoundingMode.HALF_UP);
    }

    static BigDecimal power(BigDecimal base, BigDecimal exp) {
        if (base.signum() == 0 && exp.signum() < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        boolean integral = exp.signum() == 0 || exp.stripTrailingZeros().scale() <= 0;
        if (base.signum() < 0 && !integral) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && exp.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            int n = exp.intValueExact();
            int rscale = clampScale(Math.max(MIN_SIG_DIGITS, base.scale()));
            if (n == 0) {
                return BigDecimal.ONE.setScale(rscale);
            }
            // decimal weight of the result: overflow raises, underflow below rscale is zero
            double approxDigits = n * Math.log10(base.abs().doubleValue());
            if (approxDigits > 131072) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            if (approxDigits + 1 < -rscale) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            int digits = (int) Math.max(1, Math.ceil(approxDigits)) + rscale + 20;
            if (Math.abs((long) n) > 999_999_999L) {
                // beyond BigDecimal.pow's range: e^(n ln|base|), with the sign of an odd power
                int work = digits + 10;
                BigDecimal r = expAbsolute(lnAbsolute(base.abs(), work).multiply(BigDecimal.valueOf(n)), work);
                r = base.signum() < 0 && (n & 1) == 1 ? r.negate() : r;
                return r.setScale(rscale, RoundingMode.HALF_UP);
            }
            if (n > 0) {
                return base.pow(n, new MathContext(digits)).setScale(rscale, RoundingMode.HALF_UP);
            }
            BigDecimal denominator = base.pow(-n, new MathContext(digits));
            return BigDecimal.ONE.divide(denominator, rscale, RoundingMode.HALF_UP);
        }
        if (base.signum() == 0) {
            return BigDecimal.ZERO.setScale(MIN_SIG_DIGITS);
        }
        double val = lnAbsolute(base, 20).multiply(exp).doubleValue();
        if (Math.abs(val) > 2000 * 3.01) {
            if (val > 0) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(MAX_DISPLAY_SCALE);
        }
        val *= 0.434294481903252;
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - (int) val, base.scale()), exp.scale()));
        int work = rscale + Math.max(0, (int) val) + 15;
        BigDecimal product = lnAbsolute(base, work).multiply(exp);
        return expAbsolute(product, work).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** e^x with at least {@code scale} correct fractional digits. */
    static BigDecimal expAbsolute(BigDecimal x, int scale) {
        // reduce: e^x = (e^(x/2^k))^(2^k) with |x/2^k| < 0.5
        int k = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.5")) > 0) {
            r = r.divide(BigDecimal.valueOf(2));
            k++;
        }
        int work = scale + k + 10;
        MathContext mc = new MathContext(work + Math.max(0, (int) (x.doubleValue() * 0.4343)) + 5);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(work + 5);
        for (int n = 1; n < 10000; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    /** ln(x) for x &gt; 0 with at least {@code scale} correct fractional digits. */
    static BigDecimal lnAbsolute(BigDecimal x, int scale) {
        // ln(x) = ln(m * 10^e) = ln(m) + e ln(10) with m in [0.1, 1)
        int e = x.precision() - x.scale();
        BigDecimal m = x.movePointLeft(e);
        int work = scale + 10;
        MathContext mc = new MathContext(work + 10);
        BigDecimal lnM = lnSeries(m, mc, work);
        if (e == 0) {
            return lnM;
        }
        // ln(10) = -(ln(0.5) + ln(0.2))
        BigDecimal ln10 = lnSeries(new BigDecimal("0.5"), mc, work).negate().add(lnSeries(new BigDecimal("0.2"), mc, work).negate());
        return lnM.add(ln10.multiply(BigDecimal.valueOf(e), mc), mc);
    }

    /** ln(m) = 2 atanh((m-1)/(m+1)). */
    private static BigDecimal lnSeries(BigDecimal m, MathContext mc, int work) {
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(work + 5);
        for (int n = 3; n < 1_000_000; n += 2) {
            term = term.multiply(z2, mc);
            BigDecimal t = term.divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(t, mc);
            if (t.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }
}
