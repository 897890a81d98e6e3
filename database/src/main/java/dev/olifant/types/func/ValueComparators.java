package dev.olifant.types.func;

import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The orderings comparison operators, min/max and array functions use: the btree orderings of
 * {@link ValueOps} (text in C collation, float NaN above everything, intervals by total span,
 * uuid and bytea unsigned, arrays element by element), plus number orderings that accept any
 * of the integer classes so that cross-type operators (int2 &lt; int8, float4 = float8) share them.
 */
final class ValueComparators {
    private ValueComparators() {
    }

    static final Comparator<Object> INTEGRAL = (a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    static final Comparator<Object> FLOAT = (a, b) -> compareDouble(((Number) a).doubleValue(), ((Number) b).doubleValue());
    static final Comparator<Object> NUMERIC = (a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b);
    static final Comparator<Object> TEXT = ValueOps.comparator(Types.TEXT);
    static final Comparator<Object> DATE = ValueOps.comparator(Types.DATE);
    static final Comparator<Object> TIME = ValueOps.comparator(Types.TIME);
    static final Comparator<Object> TIMESTAMP = ValueOps.comparator(Types.TIMESTAMP);
    static final Comparator<Object> TIMESTAMPTZ = ValueOps.comparator(Types.TIMESTAMPTZ);
    static final Comparator<Object> INTERVAL = ValueOps.comparator(Types.INTERVAL);
    static final Comparator<Object> ARRAY = ValueOps.comparator(Types.INT4_ARRAY);

    static Comparator<Object> of(PgType type) {
        return switch (type.name()) {
            case "int2", "int4", "int8", "oid", "regclass", "regtype", "regproc", "regprocedure", "regoper",
                    "regoperator", "regnamespace", "regrole", "regconfig", "regdictionary", "regcollation" -> INTEGRAL;
            case "float4", "float8" -> FLOAT;
            case "numeric" -> NUMERIC;
            default -> ValueOps.comparator(type);
        };
    }

    static int compareDouble(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (Double.isNaN(a)) {
            return Double.isNaN(b) ? 0 : 1;
        }
        if (Double.isNaN(b)) {
            return -1;
        }
        return a < b ? -1 : 1;
    }

    static int compareInterval(Interval a, Interval b) {
        return INTERVAL.compare(a, b);
    }

    /** bpchar's trailing blanks are insignificant. */
    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
}
