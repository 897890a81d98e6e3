package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The built-in aggregates with pg_aggregate's signatures: count, sum, avg, min, max, bool_and /
 * bool_or / every, bit_and / bit_or / bit_xor. string_agg and array_agg are in
 * {@link CollectingAggregates}, the statistical ones (stddev, variance, ...) in
 * {@link StatisticalAggregates}. All but count(*) and array_agg
 * skip null inputs; an aggregate over no (non-null) rows is null, except count which is 0.
 */
final class AggregateFunctions {
    private AggregateFunctions() {
    }

    /** A state for a strict single-argument aggregate: {@link #accept} sees only non-null values. */
    abstract static class Strict implements AggregateState {
        @Override
        public final void add(Object[] args, EvalContext ctx) {
            if (args[0] != null) {
                accept(args[0], ctx);
            }
        }

        abstract void accept(Object value, EvalContext ctx);
    }

    static void agg(BuiltinCatalog c, String name, PgType result, Supplier<AggregateState> states, PgType... args) {
        c.add(new AggregateDef(name, List.of(args), result, false, (a, r) -> states));
    }

    static void register(BuiltinCatalog c) {
        c.add(new AggregateDef("count", List.of(), Types.INT8, true, (a, r) -> () -> new AggregateState() {
            long n;

            @Override
            public void add(Object[] args, EvalContext ctx) {
                n++;
            }

            @Override
            public Object result(EvalContext ctx) {
                return n;
            }
        }));
        agg(c, "count", Types.INT8, () -> new Strict() {
            long n;

            @Override
            void accept(Object v, EvalContext ctx) {
                n++;
            }

            @Override
            public Object result(EvalContext ctx) {
                return n;
            }
        }, Types.ANY);
        for (PgType t : new PgType[] {Types.INT2, Types.INT4}) {
            agg(c, "sum", Types.INT8, LongSum::new, t);
            agg(c, "avg", Types.NUMERIC, () -> new NumericSum(true), t);
        }
        agg(c, "sum", Types.NUMERIC, () -> new NumericSum(false), Types.INT8);
        agg(c, "avg", Types.NUMERIC, () -> new NumericSum(true), Types.INT8);
        agg(c, "sum", Types.NUMERIC, () -> new NumericSum(false), Types.NUMERIC);
        agg(c, "avg", Types.NUMERIC, () -> new NumericSum(true), Types.NUMERIC);
        agg(c, "sum", Types.FLOAT4, () -> new DoubleSum(true, false), Types.FLOAT4);
        agg(c, "sum", Types.FLOAT8, () -> new DoubleSum(false, false), Types.FLOAT8);
        agg(c, "avg", Types.FLOAT8, () -> new DoubleSum(false, true), Types.FLOAT4);
        agg(c, "avg", Types.FLOAT8, () -> new DoubleSum(false, true), Types.FLOAT8);
        agg(c, "sum", Types.INTERVAL, () -> new IntervalSum(false), Types.INTERVAL);
        agg(c, "avg", Types.INTERVAL, () -> new IntervalSum(true), Types.INTERVAL);
        for (PgType t : new PgType[] {Types.INT2, Types.INT4, Types.INT8, Types.FLOAT4, Types.FLOAT8, Types.NUMERIC,
            Types.TEXT, Types.BPCHAR, Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.INTERVAL,
            Types.OID, Types.ANYARRAY}) {
            c.add(new AggregateDef("min", List.of(t), t, false, (a, r) -> extremum(ValueComparators.of(a.get(0)), -1)));
            c.add(new AggregateDef("max", List.of(t), t, false, (a, r) -> extremum(ValueComparators.of(a.get(0)), 1)));
        }
        for (String name : new String[] {"bool_and", "every"}) {
            agg(c, name, Types.BOOL, () -> new BoolAgg(true), Types.BOOL);
        }
        agg(c, "bool_or", Types.BOOL, () -> new BoolAgg(false), Types.BOOL);
        CollectingAggregates.register(c);
        for (PgType t : new PgType[] {Types.INT2, Types.INT4, Types.INT8}) {
            agg(c, "bit_and", t, () -> new BitAgg(t, 0), t);
            agg(c, "bit_or", t, () -> new BitAgg(t, 1), t);
            agg(c, "bit_xor", t, () -> new BitAgg(t, 2), t);
        }
        StatisticalAggregates.register(c);
    }

    private static Supplier<AggregateState> extremum(Comparator<Object> cmp, int sign) {
        return () -> new Strict() {
            Object best;

            @Override
            void accept(Object v, EvalContext ctx) {
                if (best == null || cmp.compare(v, best) * sign > 0) {
                    best = v;
                }
            }

            @Override
            public Object result(EvalContext ctx) {
                return best;
            }
        };
    }

    static final class LongSum extends Strict {
        private long sum;
        private boolean any;

        @Override
        void accept(Object v, EvalContext ctx) {
            try {
                sum = Math.addExact(sum, ((Number) v).longValue());
            } catch (ArithmeticException e) {
                throw Errors.bigintOutOfRange();
            }
            any = true;
        }

        @Override
        public Object result(EvalContext ctx) {
            return any ? sum : null;
        }
    }

    /** Exact sums of integers or numerics; avg divides by the count with numeric division's scale. */
    static final class NumericSum extends Strict {
        private final boolean average;
        private long small;
        private BigDecimal big = BigDecimal.ZERO;
        private long count;

        NumericSum(boolean average) {
            this.average = average;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            if (v instanceof BigDecimal d) {
                big = big.add(d);
            } else {
                long x = ((Number) v).longValue();
                long r = small + x;
                if (((small ^ r) & (x ^ r)) < 0) {
                    big = big.add(BigDecimal.valueOf(small));
                    r = x;
                }
                small = r;
            }
            count++;
        }

        @Override
        public Object result(EvalContext ctx) {
            if (count == 0) {
                return null;
            }
            BigDecimal sum = big.add(BigDecimal.valueOf(small));
            return average ? NumericMath.div(sum, BigDecimal.valueOf(count)) : sum;
        }
    }

    static final class DoubleSum extends Strict {
        private final boolean float4;
        private final boolean average;
        private double sum;
        private float sum4;
        private long count;

        DoubleSum(boolean float4, boolean average) {
            this.float4 = float4;
            this.average = average;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            if (float4) {
                float x = (Float) v;
                float r = sum4 + x;
                if (Float.isInfinite(r) && !Float.isInfinite(sum4) && !Float.isInfinite(x)) {
                    throw Errors.floatOverflow();
                }
                sum4 = r;
            } else {
                sum = FloatOperators.add(sum, ((Number) v).doubleValue());
            }
            count++;
        }

        @Override
        public Object result(EvalContext ctx) {
            if (count == 0) {
                return null;
            }
            if (float4) {
                return sum4;
            }
            return average ? sum / count : sum;
        }
    }

    static final class IntervalSum extends Strict {
        private final boolean average;
        private Interval sum = Interval.ZERO;
        private long count;

        IntervalSum(boolean average) {
            this.average = average;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            sum = DateTimeMath.add(sum, (Interval) v);
            count++;
        }

        @Override
        public Object result(EvalContext ctx) {
            if (count == 0) {
                return null;
            }
            return average ? DateTimeMath.divide(sum, count) : sum;
        }
    }

    static final class BoolAgg extends Strict {
        private final boolean and;
        private Boolean value;

        BoolAgg(boolean and) {
            this.and = and;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            boolean b = (Boolean) v;
            value = value == null ? b : (and ? value && b : value || b);
        }

        @Override
        public Object result(EvalContext ctx) {
            return value;
        }
    }

    static final class BitAgg extends Strict {
        private final PgType type;
        private final int op;
        private Long value;

        BitAgg(PgType type, int op) {
            this.type = type;
            this.op = op;
        }

        @Override
        void accept(Object v, EvalContext ctx) {
            long x = ((Number) v).longValue();
            value = value == null ? x : switch (op) {
                case 0 -> value & x;
                case 1 -> value | x;
                default -> value ^ x;
            };
        }

        @Override
        public Object result(EvalContext ctx) {
            return value == null ? null : IntegerOperators.box(type, value);
        }
    }
}
