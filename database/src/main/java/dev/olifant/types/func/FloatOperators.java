package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * Arithmetic and comparison over float4 and float8 (float.c), with the cross-type float48 /
 * float84 variants. Overflow to infinity from finite inputs raises "value out of range:
 * overflow", a zero product or quotient from non-zero inputs "value out of range: underflow",
 * and division by zero raises 22012 unless the dividend is NaN.
 */
final class FloatOperators {
    private FloatOperators() {
    }

    @FunctionalInterface
    interface DoubleOp {
        double apply(double a, double b);
    }

    static void register(BuiltinCatalog c) {
        PgType[] types = {Types.FLOAT4, Types.FLOAT8};
        String[] abbrev = {"4", "8"};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                PgType l = types[i];
                PgType r = types[j];
                PgType result = i == 1 || j == 1 ? Types.FLOAT8 : Types.FLOAT4;
                String p = i == j ? "float" + abbrev[i] : "float" + abbrev[i] + abbrev[j];
                arith(c, "+", l, r, result, p + "pl", FloatOperators::add);
                arith(c, "-", l, r, result, p + "mi", FloatOperators::sub);
                arith(c, "*", l, r, result, p + "mul", FloatOperators::mul);
                arith(c, "/", l, r, result, p + "div", FloatOperators::div);
                ComparisonOperators.comparisons(c, l, r, p, ValueComparators.FLOAT);
            }
            PgType t = types[i];
            String p = "float" + abbrev[i];
            c.op("-", null, t, t, p + "um", (ctx, a) -> t == Types.FLOAT4 ? (Object) (-(Float) a[0])
                    : (Object) (-(Double) a[0]));
            c.op("+", null, t, t, p + "up", (ctx, a) -> a[0]);
            c.op("@", null, t, t, p + "abs", (ctx, a) -> t == Types.FLOAT4 ? (Object) Math.abs((Float) a[0])
                    : (Object) Math.abs((Double) a[0]));
        }
        c.op("^", Types.FLOAT8, Types.FLOAT8, Types.FLOAT8, "dpow",
                (ctx, a) -> MathFunctions.power((Double) a[0], (Double) a[1]));
        c.op("|/", null, Types.FLOAT8, Types.FLOAT8, "dsqrt", (ctx, a) -> MathFunctions.sqrt((Double) a[0]));
        c.op("||/", null, Types.FLOAT8, Types.FLOAT8, "dcbrt", (ctx, a) -> MathFunctions.cbrt((Double) a[0]));
    }

    private static void arith(BuiltinCatalog c, String name, PgType l, PgType r, PgType result, String proc,
            DoubleOp op) {
        if (result == Types.FLOAT4) {
            c.op(name, l, r, result, proc, (ctx, a) -> (float) checkFloat4(
                    op.apply((Float) a[0], (Float) a[1]), (Float) a[0], (Float) a[1], name));
        } else {
            c.op(name, l, r, result, proc, (ctx, a) -> op.apply(((Number) a[0]).doubleValue(),
                    ((Number) a[1]).doubleValue()));
        }
    }

    private static double checkFloat4(double exact, float a, float b, String op) {
        float r = (float) exact;
        if (Float.isInfinite(r) && !Float.isInfinite(a) && !Float.isInfinite(b)) {
            throw Errors.floatOverflow();
        }
        if (r == 0.0f && (op.equals("*") ? a != 0 && b != 0 : op.equals("/") && a != 0)) {
            throw Errors.floatUnderflow();
        }
        return r;
    }

    static double add(double a, double b) {
        double r = a + b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.floatOverflow();
        }
        return r;
    }

    static double sub(double a, double b) {
        double r = a - b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.floatOverflow();
        }
        return r;
    }

    static double mul(double a, double b) {
        double r = a * b;
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.floatOverflow();
        }
        if (r == 0.0 && a != 0.0 && b != 0.0) {
            throw Errors.floatUnderflow();
        }
        return r;
    }

    static double div(double a, double b) {
        if (b == 0.0 && !Double.isNaN(a)) {
            throw Errors.divisionByZero();
        }
        double r = a / b;
        if (Double.isInfinite(r) && !Double.isInfinite(a)) {
            throw Errors.floatOverflow();
        }
        if (r == 0.0 && a != 0.0 && !Double.isInfinite(b)) {
            throw Errors.floatUnderflow();
        }
        return r;
    }
}
