package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Mathematical functions (float.c, numeric.c, int.c): rounding, roots, exponentials and
 * logarithms, trigonometry, sign, gcd/lcm, width_bucket. float8 rounding is rint (half to
 * even); numeric rounding is half away from zero.
 */
final class MathFunctions {
    private MathFunctions() {
    }

    private static final double RADIANS_PER_DEGREE = 0.0174532925199432957692;

    @FunctionalInterface
    private interface D2D {
        double apply(double x);
    }

    static void register(BuiltinCatalog c) {
        PgType f8 = Types.FLOAT8;
        PgType n = Types.NUMERIC;
        PgType i4 = Types.INT4;
        c.fn("abs", Types.INT2, (ctx, a) -> IntegerOperators.box(Types.INT2, Math.abs((long) (Short) a[0])), Types.INT2);
        c.fn("abs", i4, (ctx, a) -> IntegerOperators.box(i4, Math.abs((long) (Integer) a[0])), i4);
        c.fn("abs", Types.INT8, (ctx, a) -> {
            long v = (Long) a[0];
            if (v == Long.MIN_VALUE) {
                throw Errors.bigintOutOfRange();
            }
            return Math.abs(v);
        }, Types.INT8);
        c.fn("abs", Types.FLOAT4, (ctx, a) -> Math.abs((Float) a[0]), Types.FLOAT4);
        c.fn("abs", f8, (ctx, a) -> Math.abs((Double) a[0]), f8);
        c.fn("abs", n, (ctx, a) -> ((BigDecimal) a[0]).abs(), n);
        for (String name : new String[] {"ceil", "ceiling"}) {
            c.fn(name, f8, (ctx, a) -> Math.ceil((Double) a[0]), f8);
            c.fn(name, n, (ctx, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.CEILING), n);
        }
        c.fn("floor", f8, (ctx, a) -> Math.floor((Double) a[0]), f8);
        c.fn("floor", n, (ctx, a) -> ((BigDecimal) a[0]).setScale(0, RoundingMode.FLOOR), n);
        c.fn("round", f8, (ctx, a) -> Math.rint((Double) a[0]), f8);
        c.fn("round", n, (ctx, a) -> round((BigDecimal) a[0], 0), n);
        c.fn("round", n, (ctx, a) -> round((BigDecimal) a[0], (Integer) a[1]), n, i4);
        c.fn("trunc", f8, (ctx, a) -> {
            double v = (Double) a[0];
            return v < 0 ? Math.ceil(v) : Math.floor(v);
        }, f8);
        c.fn("trunc", n, (ctx, a) -> trunc((BigDecimal) a[0], 0), n);
        c.fn("trunc", n, (ctx, a) -> trunc((BigDecimal) a[0], (Integer) a[1]), n, i4);
        for (PgType t : new PgType[] {Types.INT2, i4, Types.INT8}) {
            c.fn("mod", t, (ctx, a) -> {
                long y = ((Number) a[1]).longValue();
                if (y == 0) {
                    throw Errors.divisionByZero();
                }
                return IntegerOperators.box(t, y == -1 ? 0 : ((Number) a[0]).longValue() % y);
            }, t, t);
        }
        c.fn("mod", n, (ctx, a) -> NumericMath.mod((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        c.fn("div", n, (ctx, a) -> NumericMath.intDiv((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        for (String name : new String[] {"power", "pow"}) {
            c.fn(name, f8, (ctx, a) -> power((Double) a[0], (Double) a[1]), f8, f8);
            c.fn(name, n, (ctx, a) -> NumericMath.power((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        }
        c.fn("sqrt", f8, (ctx, a) -> sqrt((Double) a[0]), f8);
        c.fn("sqrt", n, (ctx, a) -> NumericMath.sqrt((BigDecimal) a[0]), n);
        c.fn("cbrt", f8, (ctx, a) -> cbrt((Double) a[0]), f8);
        c.fn("exp", f8, (ctx, a) -> checked(Math.exp((Double) a[0]), (Double) a[0], true), f8);
        c.fn("exp", n, (ctx, a) -> NumericMath.exp((BigDecimal) a[0]), n);
        c.fn("ln", f8, (ctx, a) -> log((Double) a[0], Math::log), f8);
        c.fn("ln", n, (ctx, a) -> NumericMath.ln((BigDecimal) a[0]), n);
        for (String name : new String[] {"log", "log10"}) {
            c.fn(name, f8, (ctx, a) -> log((Double) a[0], Math::log10), f8);
            c.fn(name, n, (ctx, a) -> NumericMath.log(BigDecimal.TEN, (BigDecimal) a[0]), n);
        }
        c.fn("log", n, (ctx, a) -> NumericMath.log((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        c.fn("sign", f8, (ctx, a) -> Math.signum((Double) a[0]), f8);
        c.fn("sign", n, (ctx, a) -> BigDecimal.valueOf(((BigDecimal) a[0]).signum()), n);
        c.fn("scale", i4, (ctx, a) -> ((BigDecimal) a[0]).scale(), n);
        c.fn("min_scale", i4, (ctx, a) -> Math.max(0, ((BigDecimal) a[0]).stripTrailingZeros().scale()), n);
        c.fn("trim_scale", n, (ctx, a) -> {
            BigDecimal v = ((BigDecimal) a[0]).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        }, n);
        c.fn("pi", f8, (ctx, a) -> Math.PI);
        c.fn("degrees", f8, (ctx, a) -> (Double) a[0] / RADIANS_PER_DEGREE, f8);
        c.fn("radians", f8, (ctx, a) -> (Double) a[0] * RADIANS_PER_DEGREE, f8);
        trig(c, "sin", Math::sin, false);
        trig(c, "cos", Math::cos, false);
        trig(c, "tan", Math::tan, false);
        trig(c, "cot", x -> 1.0 / Math.tan(x), false);
        trig(c, "asin", Math::asin, true);
        trig(c, "acos", Math::acos, true);
        trig(c, "atan", Math::atan, false);
        c.fn("atan2", f8, (ctx, a) -> atan2((Double) a[0], (Double) a[1]), f8, f8);
        c.fn("gcd", i4, (ctx, a) -> IntegerOperators.box(i4, BigInteger.valueOf((Integer) a[0])
                .gcd(BigInteger.valueOf((Integer) a[1])).longValueExact()), i4, i4);
        c.fn("gcd", Types.INT8, (ctx, a) -> gcd8((Long) a[0], (Long) a[1]), Types.INT8, Types.INT8);
        c.fn("gcd", n, (ctx, a) -> gcdNumeric((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        c.fn("lcm", i4, (ctx, a) -> IntegerOperators.box(i4, lcm((Integer) a[0], (Integer) a[1])), i4, i4);
        c.fn("lcm", Types.INT8, (ctx, a) -> lcm((Long) a[0], (Long) a[1]), Types.INT8, Types.INT8);
        c.fn("lcm", n, (ctx, a) -> lcmNumeric((BigDecimal) a[0], (BigDecimal) a[1]), n, n);
        c.fn("width_bucket", i4, (ctx, a) -> widthBucket((Double) a[0], (Double) a[1], (Double) a[2],
                (Integer) a[3]), f8, f8, f8, i4);
        c.fn("width_bucket", i4, (ctx, a) -> widthBucket(((BigDecimal) a[0]).doubleValue(),
                ((BigDecimal) a[1]).doubleValue(), ((BigDecimal) a[2]).doubleValue(), (Integer) a[3]), n, n, n, i4);
        c.fn("factorial", n, (ctx, a) -> factorial((Long) a[0]), Types.INT8);
        c.fn("random", f8, true, Volatility.VOLATILE, (ctx, a) -> RandomSource.next());
        c.fn("setseed", Types.VOID, true, Volatility.VOLATILE, (ctx, a) -> {
            RandomSource.seed((Double) a[0]);
            return null;
        }, f8);
    }

    private static void trig(BuiltinCatalog c, String name, D2D f, boolean domainChecked) {
        c.fn(name, Types.FLOAT8, (ctx, a) -> {
            double x = (Double) a[0];
            if (Double.isInfinite(x) && !domainChecked && !name.equals("atan")) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
            }
            if (domainChecked && (x < -1 || x > 1)) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
            }
            return f.apply(x);
        }, Types.FLOAT8);
    }

    static BigDecimal round(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP);
        return scale < 0 ? r.setScale(0) : r;
    }

    static BigDecimal trunc(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.DOWN);
        return scale < 0 ? r.setScale(0) : r;
    }

    static double power(double x, double y) {
        if (x == 0 && y < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y && !Double.isInfinite(y)) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.floatOverflow();
        }
        if (r == 0.0 && x != 0.0 && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.floatUnderflow();
        }
        return r;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /**
     * Cube root computed as the GNU C library computes it (a polynomial estimate refined by one
     * Halley step), so that results agree with PostgreSQL to the last bit.
     */
    static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int scale = 0;
        if (ax < Double.MIN_NORMAL) {
            ax *= 0x1p54;
            scale = -54;
        }
        int xe = Math.getExponent(ax) + 1 + scale;
        double xm = Math.scalb(ax, -(Math.getExponent(ax) + 1));
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    /** atan2, with a quotient beyond double precision giving exactly ±pi/2 as the C library does. */
    static double atan2(double y, double x) {
        if (x != 0 && !Double.isInfinite(y) && Math.abs(y / x) > 1e17) {
            return Math.copySign(Math.PI / 2, y);
        }
        return StrictMath.atan2(y, x);
    }

    static double sqrt(double x) {
        if (x < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        return Math.sqrt(x);
    }

    private static double log(double x, D2D f) {
        if (x == 0.0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM, "cannot take logarithm of zero");
        }
        if (x < 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM,
                    "cannot take logarithm of a negative number");
        }
        return f.apply(x);
    }

    private static double checked(double r, double x, boolean exp) {
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw Errors.floatOverflow();
        }
        if (r == 0.0 && exp && !Double.isInfinite(x)) {
            throw Errors.floatUnderflow();
        }
        return r;
    }

    private static long gcd8(long a, long b) {
        BigInteger g = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b));
        if (g.bitLength() > 63) {
            throw Errors.bigintOutOfRange();
        }
        return g.longValue();
    }

    private static BigDecimal gcdNumeric(BigDecimal a, BigDecimal b) {
        int scale = Math.max(a.scale(), b.scale());
        BigInteger x = a.setScale(scale).unscaledValue();
        BigInteger y = b.setScale(scale).unscaledValue();
        return new BigDecimal(x.gcd(y), scale);
    }

    private static BigDecimal lcmNumeric(BigDecimal a, BigDecimal b) {
        int scale = Math.max(a.scale(), b.scale());
        if (a.signum() == 0 || b.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        BigInteger x = a.setScale(scale).unscaledValue();
        BigInteger y = b.setScale(scale).unscaledValue();
        return new BigDecimal(x.divide(x.gcd(y)).multiply(y).abs(), scale);
    }

    private static long lcm(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        BigInteger r = x.divide(x.gcd(y)).multiply(y).abs();
        if (r.bitLength() > 63) {
            throw Errors.bigintOutOfRange();
        }
        return r.longValue();
    }

    private static int widthBucket(double operand, double low, double high, int count) {
        if (count <= 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION,
                    "count must be greater than zero");
        }
        if (Double.isNaN(operand) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION,
                    "operand, lower bound, and upper bound cannot be NaN");
        }
        if (Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION,
                    "lower and upper bounds must be finite");
        }
        long result;
        if (low < high) {
            if (operand < low) {
                result = 0;
            } else if (operand >= high) {
                result = (long) count + 1;
            } else {
                result = (long) ((operand - low) * count / (high - low)) + 1;
            }
        } else if (low > high) {
            if (operand > low) {
                result = 0;
            } else if (operand <= high) {
                result = (long) count + 1;
            } else {
                result = (long) ((low - operand) * count / (low - high)) + 1;
            }
        } else {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION,
                    "lower bound cannot equal upper bound");
        }
        return (Integer) IntegerOperators.box(Types.INT4, result);
    }

    private static BigDecimal factorial(long n) {
        if (n < 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "factorial of a negative number is undefined");
        }
        if (n > 32177) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return new BigDecimal(r);
    }
}
