package dev.olifant.types.func;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

/**
 * Orderings of non-null values as PostgreSQL's btree comparison functions define them: text in
 * C collation (code point order), float NaN above everything and equal to itself, intervals by
 * their total span (30-day months, 24-hour days), uuid and bytea unsigned, arrays element by
 * element (null elements last) and then by dimensions. Types not listed here use
 * {@link ValueOps#comparator}.
 */
final class ValueComparators {
    private ValueComparators() {
    }

    static final long USECS_PER_DAY = 86_400_000_000L;

    static final Comparator<Object> INTEGRAL = (a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    static final Comparator<Object> FLOAT = (a, b) -> compareDouble(((Number) a).doubleValue(), ((Number) b).doubleValue());
    static final Comparator<Object> NUMERIC = (a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b);
    static final Comparator<Object> TEXT = (a, b) -> compareText((String) a, (String) b);
    static final Comparator<Object> BPCHAR = (a, b) -> compareText(stripTrailing((String) a), stripTrailing((String) b));
    static final Comparator<Object> BOOL = (a, b) -> Boolean.compare((Boolean) a, (Boolean) b);
    static final Comparator<Object> BYTEA = (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    static final Comparator<Object> DATE = (a, b) -> ((LocalDate) a).compareTo((LocalDate) b);
    static final Comparator<Object> TIME = (a, b) -> ((LocalTime) a).compareTo((LocalTime) b);
    static final Comparator<Object> TIMESTAMP = (a, b) -> ((LocalDateTime) a).compareTo((LocalDateTime) b);
    static final Comparator<Object> TIMESTAMPTZ = (a, b) -> ((Instant) a).compareTo((Instant) b);
    static final Comparator<Object> INTERVAL = (a, b) -> compareInterval((Interval) a, (Interval) b);
    static final Comparator<Object> UUIDS = (a, b) -> {
        UUID x = (UUID) a;
        UUID y = (UUID) b;
        int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    };
    static final Comparator<Object> ARRAY = (a, b) -> compareArrays((ArrayValue) a, (ArrayValue) b);

    static Comparator<Object> of(PgType type) {
        if (Polymorphism.isArray(type)) {
            return ARRAY;
        }
        return switch (type.name()) {
            case "int2", "int4", "int8", "oid", "regclass", "regtype", "regproc", "regprocedure", "regoper",
                    "regoperator", "regnamespace", "regrole", "regconfig", "regdictionary", "regcollation", "xid8" ->
                    INTEGRAL;
            case "float4", "float8" -> FLOAT;
            case "numeric" -> NUMERIC;
            case "text", "varchar", "name", "json", "unknown" -> TEXT;
            case "bpchar" -> BPCHAR;
            case "bool" -> BOOL;
            case "bytea" -> BYTEA;
            case "date" -> DATE;
            case "time" -> TIME;
            case "timestamp" -> TIMESTAMP;
            case "timestamptz" -> TIMESTAMPTZ;
            case "interval" -> INTERVAL;
            case "uuid" -> UUIDS;
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

    /** Code point order, which is byte order of the UTF-8 encoding (C collation). */
    static int compareText(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    static int compareInterval(Interval a, Interval b) {
        long ad = a.months() * 30L + a.days() + Math.floorDiv(a.micros(), USECS_PER_DAY);
        long bd = b.months() * 30L + b.days() + Math.floorDiv(b.micros(), USECS_PER_DAY);
        if (ad != bd) {
            return Long.compare(ad, bd);
        }
        return Long.compare(Math.floorMod(a.micros(), USECS_PER_DAY), Math.floorMod(b.micros(), USECS_PER_DAY));
    }

    static int compareArrays(ArrayValue a, ArrayValue b) {
        Comparator<Object> element = of(a.elementType());
        Object[] x = a.elements();
        Object[] y = b.elements();
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            Object p = x[i];
            Object q = y[i];
            if (p == null || q == null) {
                if (p == null && q == null) {
                    continue;
                }
                return p == null ? 1 : -1;
            }
            int c = element.compare(p, q);
            if (c != 0) {
                return c;
            }
        }
        if (x.length != y.length) {
            return x.length < y.length ? -1 : 1;
        }
        if (a.dimensionCount() != b.dimensionCount()) {
            return a.dimensionCount() < b.dimensionCount() ? -1 : 1;
        }
        for (int i = 0; i < a.dimensionCount(); i++) {
            if (a.dimensions()[i] != b.dimensions()[i]) {
                return a.dimensions()[i] < b.dimensions()[i] ? -1 : 1;
            }
            if (a.lowerBounds()[i] != b.lowerBounds()[i]) {
                return a.lowerBounds()[i] < b.lowerBounds()[i] ? -1 : 1;
            }
        }
        return 0;
    }

    static boolean isComparable(PgType type) {
        return type != Types.JSON;
    }
}
