package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

/**
 * Ordering, equality and hashing of values with PostgreSQL's btree and hash semantics: text in
 * "C" collation (code point order), floats with NaN above everything and -0 = 0, bpchar ignoring
 * trailing spaces, intervals by their 30-day-month total, uuid and bytea as unsigned bytes,
 * arrays element by element with NULL above any value.
 */
public final class ValueOps {
    private static final long USECS_PER_DAY = 86_400_000_000L;

    private ValueOps() {
    }

    /** Orders non-null values of {@code type}. */
    public static Comparator<Object> comparator(PgType type) {
        switch (type.oid()) {
            case 700, 701:
                return (a, b) -> compareDouble(((Number) a).doubleValue(), ((Number) b).doubleValue());
            case 25, 1043, 19, 114, 705, 2275:
                return (a, b) -> compareCodePoints((String) a, (String) b);
            case 3802:
                return (a, b) -> dev.olifant.types.json.Jsonb.compare((String) a, (String) b);
            case 1042:
                return (a, b) -> compareCodePoints(stripTrailingSpaces((String) a), stripTrailingSpaces((String) b));
            case 18:
                return (a, b) -> Integer.compare(charByte((String) a), charByte((String) b));
            case 17:
                return (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
            case 1186:
                return (a, b) -> compareInterval((Interval) a, (Interval) b);
            case 2950:
                return (a, b) -> compareUuid((UUID) a, (UUID) b);
            case 30:
                return (a, b) -> compareOidVector((ArrayValue) a, (ArrayValue) b);
            case 2249:
                return (a, b) -> RecordOps.compare((RowValue) a, (RowValue) b);
            default:
                if (type.isArray()) {
                    return (a, b) -> compareArrays((ArrayValue) a, (ArrayValue) b);
                }
                return ValueOps::natural;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int natural(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    public static boolean equal(PgType type, Object a, Object b) {
        switch (type.oid()) {
            case 16, 20, 21, 23, 26, 25, 1043, 19, 1082, 1083, 1114, 1184, 2950, 705, 114:
                return a.equals(b);
            default:
                return comparator(type).compare(a, b) == 0;
        }
    }

    /** A hash consistent with {@link #equal} (and equal across int2, int4, int8 and oid for equal numbers). */
    public static int hash(PgType type, Object v) {
        switch (type.oid()) {
            case 20, 21, 23, 26, 24, 2202, 2205, 2206, 4089, 4096:
                return Long.hashCode(((Number) v).longValue());
            case 700, 701: {
                double d = ((Number) v).doubleValue();
                if (d == 0) {
                    return 0;
                }
                return Double.hashCode(Double.isNaN(d) ? Double.NaN : d);
            }
            case 1700:
                return ((BigDecimal) v).stripTrailingZeros().hashCode();
            case 1042:
                return stripTrailingSpaces((String) v).hashCode();
            case 3802:
                return dev.olifant.types.json.Jsonb.hash((String) v);
            case 17:
                return Arrays.hashCode((byte[]) v);
            case 1186: {
                Interval i = (Interval) v;
                long d = i.months() * 30L + i.days() + Math.floorDiv(i.micros(), USECS_PER_DAY);
                return Long.hashCode(d) * 31 + Long.hashCode(Math.floorMod(i.micros(), USECS_PER_DAY));
            }
            default:
                if (v instanceof RowValue r) {
                    return RecordOps.hash(r);
                }
                if (v instanceof ArrayValue a) {
                    PgType element = a.elementType();
                    int h = Arrays.hashCode(a.dimensions());
                    for (Object e : a.elements()) {
                        h = h * 31 + (e == null ? 0 : hash(element, e));
                    }
                    return h;
                }
                return v.hashCode();
        }
    }

    /**
     * Compares values of two numeric types as PostgreSQL's cross-type operators do: integers
     * exactly, anything against a float as float8, numeric against integers as numeric. Date
     * against timestamp compares the date as its midnight.
     */
    public static int compareAcross(PgType a, Object x, PgType b, Object y) {
        if (a.equals(b)) {
            return comparator(a).compare(x, y);
        }
        if (x instanceof LocalDate d && y instanceof LocalDateTime t) {
            return dateAsTimestamp(d).compareTo(t);
        }
        if (x instanceof LocalDateTime t && y instanceof LocalDate d) {
            return t.compareTo(dateAsTimestamp(d));
        }
        if (!(x instanceof Number nx) || !(y instanceof Number ny)) {
            if (a.category() == 'S' && b.category() == 'S') {
                // mixed with text, bpchar is cast to text, which drops its trailing spaces
                String sx = a.equals(Types.BPCHAR) ? stripTrailingSpaces((String) x) : (String) x;
                String sy = b.equals(Types.BPCHAR) ? stripTrailingSpaces((String) y) : (String) y;
                return compareCodePoints(sx, sy);
            }
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot compare " + Typmods.format(a, -1) + " with " + Typmods.format(b, -1));
        }
        boolean ix = isIntegral(nx);
        boolean iy = isIntegral(ny);
        if (ix && iy) {
            return Long.compare(nx.longValue(), ny.longValue());
        }
        if (nx instanceof Double || nx instanceof Float || ny instanceof Double || ny instanceof Float) {
            return compareDouble(nx.doubleValue(), ny.doubleValue());
        }
        return toDecimal(nx).compareTo(toDecimal(ny));
    }

    private static LocalDateTime dateAsTimestamp(LocalDate d) {
        if (d.equals(LocalDate.MAX)) {
            return LocalDateTime.MAX;
        }
        if (d.equals(LocalDate.MIN)) {
            return LocalDateTime.MIN;
        }
        return d.atStartOfDay();
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short;
    }

    private static BigDecimal toDecimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }

    static int compareDouble(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0;
        }
        boolean na = Double.isNaN(a);
        boolean nb = Double.isNaN(b);
        return na == nb ? 0 : na ? 1 : -1;
    }

    /** Compares strings by Unicode code point (the order of their UTF-8 bytes, i.e. "C" collation). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (ca >= 0xD800 && cb >= 0xD800) {
                    // surrogates (supplementary code points) sort above U+E000..U+FFFF
                    return Integer.compare(fixup(ca), fixup(cb));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private static int charByte(String s) {
        return s.isEmpty() ? 0 : s.charAt(0) & 0xFF;
    }

    static int compareInterval(Interval a, Interval b) {
        long da = a.months() * 30L + a.days() + Math.floorDiv(a.micros(), USECS_PER_DAY);
        long db = b.months() * 30L + b.days() + Math.floorDiv(b.micros(), USECS_PER_DAY);
        if (da != db) {
            return Long.compare(da, db);
        }
        return Long.compare(Math.floorMod(a.micros(), USECS_PER_DAY), Math.floorMod(b.micros(), USECS_PER_DAY));
    }

    private static int compareUuid(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static int compareOidVector(ArrayValue a, ArrayValue b) {
        if (a.elements().length != b.elements().length) {
            return Integer.compare(a.elements().length, b.elements().length);
        }
        for (int i = 0; i < a.elements().length; i++) {
            int c = Long.compare((Long) a.elements()[i], (Long) b.elements()[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** array_cmp: elements in order (NULL above values), then element count, dimensions, bounds. */
    static int compareArrays(ArrayValue a, ArrayValue b) {
        Comparator<Object> cmp = comparator(a.elementType());
        Object[] ea = a.elements();
        Object[] eb = b.elements();
        int n = Math.min(ea.length, eb.length);
        for (int i = 0; i < n; i++) {
            Object x = ea[i];
            Object y = eb[i];
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? 1 : -1;
                }
                continue;
            }
            int c = cmp.compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        if (ea.length != eb.length) {
            return Integer.compare(ea.length, eb.length);
        }
        if (a.dimensionCount() != b.dimensionCount()) {
            return Integer.compare(a.dimensionCount(), b.dimensionCount());
        }
        int c = Arrays.compare(a.dimensions(), b.dimensions());
        return c != 0 ? c : Arrays.compare(a.lowerBounds(), b.lowerBounds());
    }
}
