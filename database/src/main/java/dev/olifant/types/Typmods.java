package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Type modifiers (atttypmod) as PostgreSQL encodes them: varchar(n) / character(n) store n + 4,
 * numeric(p,s) stores ((p &lt;&lt; 16) | s) + 4, time / timestamp(p) store p, and interval(p)
 * stores its field range in the high half with p in the low half. -1 means no modifier.
 */
public final class Typmods {
    private static final int VARHDRSZ = 4;
    private static final int MAX_VARCHAR = 10485760;
    private static final int NUMERIC_MAX_PRECISION = 1000;
    private static final int INTERVAL_FULL_RANGE = 0x7FFF;
    private static final int INTERVAL_FULL_PRECISION = 0xFFFF;
    private static final int MAX_PRECISION = 6;

    private Typmods() {
    }

    /** The typmod for the modifiers written after a type name, e.g. {@code varchar(10)}. */
    public static int encode(PgType type, int[] modifiers) {
        if (modifiers == null || modifiers.length == 0) {
            return -1;
        }
        switch (type.oid()) {
            case 1043, 1042: {
                String name = type.oid() == 1043 ? "varchar" : "char";
                if (modifiers.length != 1) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
                }
                int n = modifiers[0];
                if (n < 1) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "length for type " + name + " must be at least 1");
                }
                if (n > MAX_VARCHAR) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "length for type " + name + " cannot exceed " + MAX_VARCHAR);
                }
                return n + VARHDRSZ;
            }
            case 1700: {
                if (modifiers.length > 2) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid NUMERIC type modifier");
                }
                int p = modifiers[0];
                int s = modifiers.length == 2 ? modifiers[1] : 0;
                if (p < 1 || p > NUMERIC_MAX_PRECISION) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "NUMERIC precision " + p + " must be between 1 and " + NUMERIC_MAX_PRECISION);
                }
                if (s < -NUMERIC_MAX_PRECISION || s > NUMERIC_MAX_PRECISION) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "NUMERIC scale " + s + " must be between "
                            + -NUMERIC_MAX_PRECISION + " and " + NUMERIC_MAX_PRECISION);
                }
                return ((p << 16) | (s & 0x7ff)) + VARHDRSZ;
            }
            case 1083, 1266, 1114, 1184: {
                String name = switch (type.oid()) {
                    case 1083 -> "TIME";
                    case 1266 -> "TIME WITH TIME ZONE";
                    case 1114 -> "TIMESTAMP";
                    default -> "TIMESTAMP WITH TIME ZONE";
                };
                if (modifiers.length != 1) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid type modifier");
                }
                int p = modifiers[0];
                if (p < 0) {
                    int paren = name.indexOf(' ');
                    String shown = paren < 0 ? name + "(" + p + ")" : name.substring(0, paren) + "(" + p + ")" + name.substring(paren);
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, shown + " precision must not be negative");
                }
                return Math.min(p, MAX_PRECISION);
            }
            case 1186: {
                if (modifiers.length != 1) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid INTERVAL type modifier");
                }
                int p = modifiers[0];
                if (p < 0) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INTERVAL(" + p + ") precision must not be negative");
                }
                return (INTERVAL_FULL_RANGE << 16) | Math.min(p, MAX_PRECISION);
            }
            default:
                throw new PgException(SqlState.SYNTAX_ERROR, "type modifier is not allowed for type \"" + type.name() + "\"");
        }
    }

    /**
     * The typmod of {@code INTERVAL <range>[(precision)]}; {@code precision} -1 when not written.
     */
    public static int encodeInterval(IntervalRange range, int precision) {
        if (precision < -1) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "INTERVAL(" + precision + ") precision must not be negative");
        }
        int p = precision < 0 ? INTERVAL_FULL_PRECISION : Math.min(precision, MAX_PRECISION);
        return (range.mask() << 16) | p;
    }

    /** What {@code format_type(type, typmod)} prints. */
    public static String format(PgType type, int typmod) {
        boolean mod = typmod >= 0;
        switch (type.oid()) {
            case 16: return "boolean";
            case 18: return "\"char\"";
            case 20: return "bigint";
            case 21: return "smallint";
            case 23: return "integer";
            case 700: return "real";
            case 701: return "double precision";
            case 1042: return mod ? "character(" + (typmod - VARHDRSZ) + ")" : "bpchar";
            case 1043: return mod ? "character varying(" + (typmod - VARHDRSZ) + ")" : "character varying";
            case 1700: {
                if (!mod) {
                    return "numeric";
                }
                return "numeric(" + numericPrecision(typmod) + "," + numericScale(typmod) + ")";
            }
            case 1083: return mod ? "time(" + typmod + ") without time zone" : "time without time zone";
            case 1266: return mod ? "time(" + typmod + ") with time zone" : "time with time zone";
            case 1114: return mod ? "timestamp(" + typmod + ") without time zone" : "timestamp without time zone";
            case 1184: return mod ? "timestamp(" + typmod + ") with time zone" : "timestamp with time zone";
            case 1186: {
                if (!mod) {
                    return "interval";
                }
                int p = typmod & 0xFFFF;
                String range = IntervalRange.ofTypmod(typmod).text();
                return p != INTERVAL_FULL_PRECISION ? "interval" + range + "(" + p + ")" : "interval" + range;
            }
            case 1560: return mod ? "bit(" + typmod + ")" : "bit";
            case 1562: return mod ? "bit varying(" + typmod + ")" : "bit varying";
            case 22, 30: return type.name();
            default:
                if (type.isArray()) {
                    PgType element = Types.elementOf(type);
                    if (element != null) {
                        return format(element, typmod) + "[]";
                    }
                }
                return type.name();
        }
    }

    /**
     * What {@code format_type(type, NULL)} prints (regtype output, pg_typeof): like
     * {@link #format} without a modifier, except that bpchar is called {@code character}.
     */
    public static String formatName(PgType type) {
        if (type.oid() == 1042) {
            return "character";
        }
        if (type.isArray() && type.oid() != 22 && type.oid() != 30) {
            PgType element = Types.elementOf(type);
            if (element != null) {
                return formatName(element) + "[]";
            }
        }
        return format(type, -1);
    }

    static int numericPrecision(int typmod) {
        return ((typmod - VARHDRSZ) >> 16) & 0xFFFF;
    }

    static int numericScale(int typmod) {
        return (((typmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
    }

    /** Coerces a non-null value to the length/precision of {@code typmod} (the length coercion cast). */
    public static Object apply(PgType type, int typmod, Object value, boolean explicit) {
        if (typmod < 0 || value == null) {
            return value;
        }
        switch (type.oid()) {
            case 1043:
                return varchar((String) value, typmod - VARHDRSZ, explicit);
            case 1042:
                return bpchar((String) value, typmod - VARHDRSZ, explicit);
            case 1700:
                return numeric((BigDecimal) value, numericPrecision(typmod), numericScale(typmod));
            case 1083: {
                LocalTime t = (LocalTime) value;
                if (t.equals(LocalTime.MAX)) {
                    return t;
                }
                long us = roundMicros(t.toNanoOfDay() / 1000, typmod);
                return us >= 86_400_000_000L ? LocalTime.MAX : LocalTime.ofNanoOfDay(us * 1000);
            }
            case 1114: {
                LocalDateTime t = (LocalDateTime) value;
                if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
                    return t;
                }
                long us = roundMicros(PgEpoch.micros(t.toInstant(ZoneOffset.UTC)), typmod);
                return LocalDateTime.ofInstant(PgEpoch.instant(us), ZoneOffset.UTC);
            }
            case 1184: {
                Instant t = (Instant) value;
                if (t.equals(Instant.MAX) || t.equals(Instant.MIN)) {
                    return t;
                }
                return PgEpoch.instant(roundMicros(PgEpoch.micros(t), typmod));
            }
            case 1186:
                return interval((Interval) value, typmod);
            default:
                if (type.isArray() && value instanceof ArrayValue a) {
                    PgType element = Types.elementOf(type);
                    if (element == null) {
                        return value;
                    }
                    Object[] out = new Object[a.elements().length];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = apply(element, typmod, a.elements()[i], explicit);
                    }
                    return new ArrayValue(a.elementType(), a.dimensions(), a.lowerBounds(), out);
                }
                return value;
        }
    }

    /** AdjustIntervalForTypmod: drops the fields outside the range, then rounds the seconds. */
    private static Interval interval(Interval iv, int typmod) {
        int months = iv.months();
        int days = iv.days();
        long us = iv.micros();
        switch (IntervalRange.ofTypmod(typmod)) {
            case YEAR -> {
                months = months / 12 * 12;
                days = 0;
                us = 0;
            }
            case MONTH, YEAR_TO_MONTH -> {
                days = 0;
                us = 0;
            }
            case DAY -> us = 0;
            case HOUR, DAY_TO_HOUR -> us = us / 3_600_000_000L * 3_600_000_000L;
            case MINUTE, DAY_TO_MINUTE, HOUR_TO_MINUTE -> us = us / 60_000_000L * 60_000_000L;
            default -> {
            }
        }
        int p = typmod & 0xFFFF;
        if (p != INTERVAL_FULL_PRECISION && p < MAX_PRECISION) {
            us = roundMicros(us, p);
        }
        return months == iv.months() && days == iv.days() && us == iv.micros() ? iv : new Interval(months, days, us);
    }

    /** AdjustTimestampForTypmod: rounds half away from zero to 10^(6-p) microseconds. */
    static long roundMicros(long us, int precision) {
        if (precision >= MAX_PRECISION || precision < 0) {
            return us;
        }
        long scale = 1;
        for (int i = precision; i < MAX_PRECISION; i++) {
            scale *= 10;
        }
        long offset = scale / 2;
        return us >= 0 ? (us + offset) / scale * scale : -(((-us) + offset) / scale * scale);
    }

    private static String varchar(String s, int max, boolean explicit) {
        int len = s.codePointCount(0, s.length());
        if (len <= max) {
            return s;
        }
        int cut = s.offsetByCodePoints(0, max);
        if (!explicit) {
            for (int i = cut; i < s.length(); i++) {
                if (s.charAt(i) != ' ') {
                    throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                            "value too long for type character varying(" + max + ")");
                }
            }
        }
        return s.substring(0, cut);
    }

    private static String bpchar(String s, int max, boolean explicit) {
        int len = s.codePointCount(0, s.length());
        if (len > max) {
            int cut = s.offsetByCodePoints(0, max);
            if (!explicit) {
                for (int i = cut; i < s.length(); i++) {
                    if (s.charAt(i) != ' ') {
                        throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                                "value too long for type character(" + max + ")");
                    }
                }
            }
            return s.substring(0, cut);
        }
        if (len == max) {
            return s;
        }
        return s + " ".repeat(max - len);
    }

    private static BigDecimal numeric(BigDecimal v, int precision, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP);
        if (r.signum() != 0) {
            int maxDigits = precision - scale;
            int intDigits = r.precision() - r.scale();
            if (intDigits > maxDigits) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                        .withDetail("A field with precision " + precision + ", scale " + scale
                                + " must round to an absolute value less than "
                                + (maxDigits != 0 ? "10^" + maxDigits : "1") + ".");
            }
        }
        return scale < 0 ? r.setScale(0) : r;
    }
}
