package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * stddev / stddev_samp / stddev_pop / variance / var_samp / var_pop. Integer and numeric inputs
 * give numeric results computed exactly from N, sum(x) and sum(x*x) with numeric.c's result
 * scales (numeric_stddev_internal); float inputs give float8 computed with the Youngs-Cramer
 * updates float8_accum uses, so the last bits match PostgreSQL.
 */
final class StatisticalAggregates {
    private StatisticalAggregates() {
    }

    private static final String[] NAMES = {"stddev", "stddev_samp", "stddev_pop", "variance", "var_samp", "var_pop"};

    static void register(BuiltinCatalog c) {
        for (String name : NAMES) {
            boolean sample = !name.endsWith("_pop");
            boolean stddev = name.startsWith("stddev");
            for (PgType t : new PgType[] {Types.INT2, Types.INT4, Types.INT8, Types.NUMERIC}) {
                AggregateFunctions.agg(c, name, Types.NUMERIC, () -> new NumericMoments(sample, stddev), t);
            }
            for (PgType t : new PgType[] {Types.FLOAT4, Types.FLOAT8}) {
                AggregateFunctions.agg(c, name, Types.FLOAT8, () -> new FloatMoments(sample, stddev), t);
            }
        }
    }

    static final class NumericMoments extends AggregateFunctions.Strict {
        private final boolean sample;
        private final boolean stddev;
        private long n;
        private BigDecimal sumX = BigDecimal.ZERO;
        private BigDecimal sumX2 = BigDecimal.ZERO;

        NumericMoments(boolean sample, boolean stddev) {
            this.sample = sample;
            this.stddev = stddev;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            BigDecimal x = v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
            n++;
            sumX = sumX.add(x);
            sumX2 = sumX2.add(x.multiply(x));
        }

        @Override
        public Object result(EvalContext ctx) {
            if (n == 0 || (sample && n == 1)) {
                return null;
            }
            BigDecimal vn = BigDecimal.valueOf(n);
            BigDecimal numerator = vn.multiply(sumX2).subtract(sumX.multiply(sumX));
            if (numerator.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal denominator = sample ? vn.multiply(BigDecimal.valueOf(n - 1)) : vn.multiply(vn);
            int rscale = NumericMath.divScale(numerator, denominator);
            BigDecimal q = numerator.divide(denominator, rscale, RoundingMode.HALF_UP);
            if (!stddev) {
                return q;
            }
            return q.sqrt(new MathContext(q.precision() + rscale + 10)).setScale(rscale, RoundingMode.HALF_UP);
        }
    }

    static final class FloatMoments extends AggregateFunctions.Strict {
        private final boolean sample;
        private final boolean stddev;
        private double n;
        private double sx;
        private double sxx;

        FloatMoments(boolean sample, boolean stddev) {
            this.sample = sample;
            this.stddev = stddev;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            double x = ((Number) v).doubleValue();
            double oldN = n;
            double oldSx = sx;
            n += 1.0;
            sx += x;
            if (oldN > 0.0) {
                double tmp = x * n - sx;
                sxx += tmp * tmp / (n * oldN);
                if (Double.isInfinite(sx) || Double.isInfinite(sxx)) {
                    if (!Double.isInfinite(oldSx) && !Double.isInfinite(x)) {
                        throw Errors.floatOverflow();
                    }
                    sxx = Double.NaN;
                }
            } else if (Double.isNaN(x) || Double.isInfinite(x)) {
                sxx = Double.NaN;
            }
        }

        @Override
        public Object result(EvalContext ctx) {
            if (n == 0 || (sample && n == 1)) {
                return null;
            }
            double var = sxx / (sample ? n - 1.0 : n);
            return stddev ? Math.sqrt(var) : var;
        }
    }
}
