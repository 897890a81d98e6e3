package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Set-returning built-ins: generate_series (integers, numeric, timestamps), unnest(anyarray),
 * regexp_matches and regexp_split_to_table. Each body returns a lazy {@link Iterator}.
 */
final class SetReturning {
    private SetReturning() {
    }

    private static void srf(BuiltinCatalog c, String name, PgType result, Volatility v, Binder binder, PgType... args) {
        c.add(new FunctionDef(name, List.of(args), result, true, v, 0, false, true, binder));
    }

    static void register(BuiltinCatalog c) {
        PgType i4 = Types.INT4;
        PgType i8 = Types.INT8;
        PgType n = Types.NUMERIC;
        Volatility imm = Volatility.IMMUTABLE;
        srf(c, "generate_series", i4, imm, Binder.of((ctx, a) -> longSeries(ctx, (Integer) a[0], (Integer) a[1],
                a.length > 2 ? (Integer) a[2] : 1, true)), i4, i4);
        srf(c, "generate_series", i4, imm, Binder.of((ctx, a) -> longSeries(ctx, (Integer) a[0], (Integer) a[1],
                (Integer) a[2], true)), i4, i4, i4);
        srf(c, "generate_series", i8, imm, Binder.of((ctx, a) -> longSeries(ctx, (Long) a[0], (Long) a[1],
                1, false)), i8, i8);
        srf(c, "generate_series", i8, imm, Binder.of((ctx, a) -> longSeries(ctx, (Long) a[0], (Long) a[1],
                (Long) a[2], false)), i8, i8, i8);
        srf(c, "generate_series", n, imm, Binder.of((ctx, a) -> numericSeries(ctx, (BigDecimal) a[0],
                (BigDecimal) a[1], BigDecimal.ONE)), n, n);
        srf(c, "generate_series", n, imm, Binder.of((ctx, a) -> numericSeries(ctx, (BigDecimal) a[0],
                (BigDecimal) a[1], (BigDecimal) a[2])), n, n, n);
        srf(c, "generate_series", Types.TIMESTAMP, imm, Binder.of((ctx, a) -> {
            Interval step = checkStep((Interval) a[2]);
            LocalDateTime stop = (LocalDateTime) a[1];
            boolean up = ValueComparators.compareInterval(step, Interval.ZERO) > 0;
            return series(ctx, a[0], x -> DateTimeMath.plus((LocalDateTime) x, step),
                    x -> up ? !((LocalDateTime) x).isAfter(stop) : !((LocalDateTime) x).isBefore(stop));
        }), Types.TIMESTAMP, Types.TIMESTAMP, Types.INTERVAL);
        srf(c, "generate_series", Types.TIMESTAMPTZ, Volatility.STABLE, Binder.of((ctx, a) -> {
            Interval step = checkStep((Interval) a[2]);
            Instant stop = (Instant) a[1];
            boolean up = ValueComparators.compareInterval(step, Interval.ZERO) > 0;
            return series(ctx, a[0], x -> DateTimeMath.plus((Instant) x, step, DateTimeMath.zone(ctx)),
                    x -> up ? !((Instant) x).isAfter(stop) : !((Instant) x).isBefore(stop));
        }), Types.TIMESTAMPTZ, Types.TIMESTAMPTZ, Types.INTERVAL);
        srf(c, "unnest", Types.ANYELEMENT, imm, Binder.of((ctx, a) ->
                Arrays.asList(((ArrayValue) a[0]).elements()).iterator()), Types.ANYARRAY);
        PgType t = Types.TEXT;
        srf(c, "regexp_matches", Types.TEXT_ARRAY, imm, Binder.of((ctx, a) -> matches((String) a[0], (String) a[1],
                "")), t, t);
        srf(c, "regexp_matches", Types.TEXT_ARRAY, imm, Binder.of((ctx, a) -> matches((String) a[0], (String) a[1],
                (String) a[2])), t, t, t);
        srf(c, "regexp_split_to_table", t, imm, Binder.of((ctx, a) -> Regexes.split((String) a[0], (String) a[1],
                "", "split_to_table").iterator()), t, t);
        srf(c, "regexp_split_to_table", t, imm, Binder.of((ctx, a) -> Regexes.split((String) a[0], (String) a[1],
                (String) a[2], "split_to_table").iterator()), t, t, t);
    }

    private static Interval checkStep(Interval step) {
        if (ValueComparators.compareInterval(step, Interval.ZERO) == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        return step;
    }

    private static Iterator<Object> longSeries(EvalContext ctx, long start, long stop, long step, boolean int4) {
        if (step == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        return new Iterator<>() {
            long next = start;
            boolean done = step > 0 ? start > stop : start < stop;
            int sinceCheck;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Object next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                if (++sinceCheck == 1024) {
                    sinceCheck = 0;
                    ctx.checkInterrupts();
                }
                long v = next;
                long after = v + step;
                boolean overflow = ((v ^ after) & (step ^ after)) < 0;
                if (overflow || (int4 && (after > Integer.MAX_VALUE || after < Integer.MIN_VALUE))
                        || (step > 0 ? after > stop : after < stop)) {
                    done = true;
                } else {
                    next = after;
                }
                return int4 ? (Object) (int) v : (Object) v;
            }
        };
    }

    private static Iterator<Object> numericSeries(EvalContext ctx, BigDecimal start, BigDecimal stop,
            BigDecimal step) {
        if (step.signum() == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        // the first value is start as given; each later one is a numeric sum, with the larger scale
        boolean up = step.signum() > 0;
        return series(ctx, start, x -> ((BigDecimal) x).add(step),
                x -> up ? ((BigDecimal) x).compareTo(stop) <= 0 : ((BigDecimal) x).compareTo(stop) >= 0);
    }

    private static Iterator<Object> series(EvalContext ctx, Object start, UnaryOperator<Object> step,
            java.util.function.Predicate<Object> inRange) {
        return new Iterator<>() {
            Object next = start;
            int sinceCheck;

            @Override
            public boolean hasNext() {
                return inRange.test(next);
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (++sinceCheck == 1024) {
                    sinceCheck = 0;
                    ctx.checkInterrupts();
                }
                Object v = next;
                next = step.apply(v);
                return v;
            }
        };
    }

    private static Iterator<Object> matches(String source, String pattern, String flags) {
        RegexSupport.Flags f = RegexSupport.Flags.parse(flags, true, "matches");
        Matcher m = RegexSupport.compile(pattern, f).matcher(source);
        return new Iterator<>() {
            Boolean found;
            boolean finished;
            int searchFrom;

            @Override
            public boolean hasNext() {
                if (found == null) {
                    found = !finished && searchFrom <= source.length() && m.find(searchFrom);
                    if (found) {
                        searchFrom = m.end() == m.start() ? m.end() + 1 : m.end();
                        if (!f.global()) {
                            finished = true;
                        }
                    }
                }
                return found;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                found = null;
                return Regexes.groups(m);
            }
        };
    }
}
