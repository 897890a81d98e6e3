package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * Arithmetic, bitwise and comparison operators over int2, int4 and int8, including the
 * cross-type variants pg_operator has (int2 + int4 is int24pl and yields int4, ...). Results are
 * computed in 64 bits and checked against the result type's range; int8 arithmetic uses exact
 * operations. Division truncates toward zero, as C does.
 */
final class IntegerOperators {
    private IntegerOperators() {
    }

    private static final PgType[] INTS = {Types.INT2, Types.INT4, Types.INT8};
    private static final String[] ABBREV = {"2", "4", "8"};

    @FunctionalInterface
    private interface LongOp {
        long apply(long a, long b, PgType result);
    }

    static void register(BuiltinCatalog c) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                PgType l = INTS[i];
                PgType r = INTS[j];
                PgType result = INTS[Math.max(i, j)];
                String p = i == j ? "int" + ABBREV[i] : "int" + ABBREV[i] + ABBREV[j];
                arith(c, "+", l, r, result, p + "pl", IntegerOperators::add);
                arith(c, "-", l, r, result, p + "mi", IntegerOperators::sub);
                arith(c, "*", l, r, result, p + "mul", IntegerOperators::mul);
                arith(c, "/", l, r, result, p + "div", IntegerOperators::div);
                ComparisonOperators.comparisons(c, l, r, p, (a, b) -> Long.compare(
                        ((Number) a).longValue(), ((Number) b).longValue()));
            }
            PgType t = INTS[i];
            String p = "int" + ABBREV[i];
            arith(c, "%", t, t, t, p + "mod", (a, b, res) -> {
                if (b == 0) {
                    throw Errors.divisionByZero();
                }
                return b == -1 ? 0 : a % b;
            });
            arith(c, "&", t, t, t, p + "and", (a, b, res) -> a & b);
            arith(c, "|", t, t, t, p + "or", (a, b, res) -> a | b);
            arith(c, "#", t, t, t, p + "xor", (a, b, res) -> a ^ b);
            arith(c, "<<", t, Types.INT4, t, p + "shl", (a, b, res) -> narrowShift(a, b, res, true));
            arith(c, ">>", t, Types.INT4, t, p + "shr", (a, b, res) -> narrowShift(a, b, res, false));
            c.op("-", null, t, t, p + "um", (ctx, a) -> box(t, neg(((Number) a[0]).longValue(), t)));
            c.op("+", null, t, t, p + "up", (ctx, a) -> a[0]);
            c.op("@", null, t, t, p + "abs", (ctx, a) -> {
                long v = ((Number) a[0]).longValue();
                return box(t, v < 0 ? neg(v, t) : v);
            });
            c.op("~", null, t, t, p + "not", (ctx, a) -> box(t, ~((Number) a[0]).longValue()));
        }
    }

    private static void arith(BuiltinCatalog c, String name, PgType l, PgType r, PgType result, String proc, LongOp op) {
        c.op(name, l, r, result, proc, (ctx, a) -> box(result,
                op.apply(((Number) a[0]).longValue(), ((Number) a[1]).longValue(), result)));
    }

    private static long add(long a, long b, PgType result) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw Errors.bigintOutOfRange();
        }
    }

    private static long sub(long a, long b, PgType result) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw Errors.bigintOutOfRange();
        }
    }

    private static long mul(long a, long b, PgType result) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw Errors.bigintOutOfRange();
        }
    }

    private static long div(long a, long b, PgType result) {
        if (b == 0) {
            throw Errors.divisionByZero();
        }
        if (b == -1) {
            if (a == Long.MIN_VALUE) {
                throw Errors.bigintOutOfRange();
            }
            return -a;
        }
        return a / b;
    }

    private static long neg(long v, PgType t) {
        if (v == Long.MIN_VALUE) {
            throw Errors.bigintOutOfRange();
        }
        return -v;
    }

    private static long narrowShift(long a, long b, PgType t, boolean left) {
        // C shifts of int2/int4 operate on 32-bit ints; int8 on 64-bit
        if (t == Types.INT8) {
            return left ? a << b : a >> b;
        }
        int v = (int) a;
        int r = left ? v << (int) b : v >> (int) b;
        return t == Types.INT2 ? (short) r : r;
    }

    /** The value as the Java class of {@code type}, raising the type's out-of-range error. */
    static Object box(PgType type, long v) {
        if (type == Types.INT4) {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw Errors.integerOutOfRange();
            }
            return (int) v;
        }
        if (type == Types.INT8) {
            return v;
        }
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw Errors.smallintOutOfRange();
        }
        return (short) v;
    }
}
