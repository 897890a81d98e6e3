package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The bodies of the pg_cast functions (int4_int2, float8_numeric, timestamp_timestamptz, ...). */
final class CastFunctions {
    private CastFunctions() {
    }

    /** Binary-coercible pairs: the same value, or the same bits read as another Java type. */
    static Cast binary(PgType source, PgType target) {
        boolean srcOid = isOidLike(source);
        if (source.equals(Types.INT4) && isOidLike(target)) {
            return (v, ctx) -> ((Integer) v).longValue() & 0xFFFFFFFFL;
        }
        if (srcOid && target.equals(Types.INT4)) {
            return (v, ctx) -> (int) ((Long) v).longValue();
        }
        return (v, ctx) -> v;
    }

    private static boolean isOidLike(PgType t) {
        return t.category() == 'N' && t.length() == 4 && !t.equals(Types.INT4) && !t.equals(Types.FLOAT4);
    }

    static Cast function(PgType source, PgType target) {
        int s = source.oid();
        int t = target.oid();
        if (isOidLike(target)) {
            if (s == 21 || s == 23) {
                return (v, ctx) -> ((Number) v).longValue() & 0xFFFFFFFFL;
            }
            if (s == 20) {
                return (v, ctx) -> {
                    long x = (Long) v;
                    if (x < 0 || x > 0xFFFFFFFFL) {
                        throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "OID out of range");
                    }
                    return x;
                };
            }
            return (v, ctx) -> v;
        }
        if (isOidLike(source) && t == 20) {
            return (v, ctx) -> v;
        }
        switch (t) {
            case 21:
                return toInteger(source, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case 23:
                if (s == 16) {
                    return (v, ctx) -> ((Boolean) v) ? 1 : 0;
                }
                if (s == 18) {
                    return (v, ctx) -> ((String) v).isEmpty() ? 0 : (int) (byte) ((String) v).charAt(0);
                }
                return toInteger(source, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case 20:
                return toInteger(source, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case 700:
                if (s == 3802) {
                    return (v, ctx) -> jsonbNumber((String) v, "real").floatValue();
                }
                if (s == 701) {
                    return (v, ctx) -> toFloat4((Double) v);
                }
                return (v, ctx) -> ((Number) v).floatValue();
            case 701:
                if (s == 3802) {
                    return (v, ctx) -> jsonbNumber((String) v, "double precision").doubleValue();
                }
                if (s == 1700) {
                    return (v, ctx) -> {
                        double d = ((BigDecimal) v).doubleValue();
                        if (Double.isInfinite(d)) {
                            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "\"" + ((BigDecimal) v).toPlainString()
                                    + "\" is out of range for type double precision");
                        }
                        return d;
                    };
                }
                return (v, ctx) -> ((Number) v).doubleValue();
            case 1700:
                return switch (s) {
                    case 700 -> (v, ctx) -> floatToNumeric((Float) v, 6);
                    case 701 -> (v, ctx) -> floatToNumeric((Double) v, 15);
                    case 3802 -> (v, ctx) -> jsonbNumber((String) v, "numeric");
                    case 1700 -> (v, ctx) -> v;
                    default -> (v, ctx) -> BigDecimal.valueOf(((Number) v).longValue());
                };
            case 16:
                if (s == 3802) {
                    return (v, ctx) -> jsonbBool((String) v);
                }
                return (v, ctx) -> ((Integer) v) != 0;
            case 18:
                if (s == 23) {
                    return (v, ctx) -> {
                        int x = (Integer) v;
                        if (x < -128 || x > 127) {
                            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "\"char\" out of range");
                        }
                        return x == 0 ? "" : String.valueOf((char) (x & 0xFF));
                    };
                }
                return (v, ctx) -> {
                    String str = (String) v;
                    return str.isEmpty() ? "" : ScalarIO.parseChar(str.substring(0, Character.charCount(str.codePointAt(0))));
                };
            case 25, 1043:
                if (s == 1042) {
                    return (v, ctx) -> ValueOps.stripTrailingSpaces((String) v);
                }
                if (s == 16) {
                    return (v, ctx) -> ((Boolean) v) ? "true" : "false";
                }
                return (v, ctx) -> v;
            case 1042:
                if (s == 16) {
                    return (v, ctx) -> ((Boolean) v) ? "true" : "false";
                }
                return (v, ctx) -> v;
            case 19:
                if (s == 1042) {
                    return (v, ctx) -> ScalarIO.truncateName(ValueOps.stripTrailingSpaces((String) v));
                }
                return (v, ctx) -> ScalarIO.truncateName((String) v);
            case 2205:
                return (v, ctx) -> ctx.regLookup().oidOf(Types.REGCLASS, (String) v);
            case 1114:
                if (s == 1082) {
                    return (v, ctx) -> dateToTimestamp((LocalDate) v);
                }
                if (s == 1184) {
                    return (v, ctx) -> timestamptzToTimestamp((Instant) v, ctx.settings().timeZone());
                }
                return (v, ctx) -> v;
            case 1184:
                if (s == 1082) {
                    return (v, ctx) -> timestampToTimestamptz(dateToTimestamp((LocalDate) v), ctx.settings().timeZone());
                }
                if (s == 1114) {
                    return (v, ctx) -> timestampToTimestamptz((LocalDateTime) v, ctx.settings().timeZone());
                }
                return (v, ctx) -> v;
            case 1082:
                if (s == 1184) {
                    return (v, ctx) -> timestampToDate(timestamptzToTimestamp((Instant) v, ctx.settings().timeZone()));
                }
                return (v, ctx) -> timestampToDate((LocalDateTime) v);
            case 1083:
                return switch (s) {
                    case 1186 -> (v, ctx) -> LocalTime.ofNanoOfDay(
                            Math.floorMod(((Interval) v).micros(), 86_400_000_000L) * 1000);
                    case 1114 -> (v, ctx) -> timestampToTime((LocalDateTime) v);
                    case 1184 -> (v, ctx) -> timestampToTime(timestamptzToTimestamp((Instant) v, ctx.settings().timeZone()));
                    default -> (v, ctx) -> v;
                };
            case 1186:
                if (s == 1083) {
                    return (v, ctx) -> new Interval(0, 0, ((LocalTime) v).equals(LocalTime.MAX) ? 86_400_000_000L
                            : ((LocalTime) v).toNanoOfDay() / 1000);
                }
                return (v, ctx) -> v;
            default:
                return (v, ctx) -> v;
        }
    }

    private static Cast toInteger(PgType source, long min, long max, String name) {
        switch (source.oid()) {
            case 700, 701:
                return (v, ctx) -> {
                    double d = Math.rint(((Number) v).doubleValue());
                    // the range test PostgreSQL uses: FLOAT8_FITS_IN_INT64 etc. (NaN fails it)
                    if (!(d >= min && d < -(double) min)) {
                        throw outOfRange(name);
                    }
                    return box((long) d, max);
                };
            case 1700:
                return (v, ctx) -> {
                    BigDecimal r = ((BigDecimal) v).setScale(0, RoundingMode.HALF_UP);
                    if (r.compareTo(BigDecimal.valueOf(min)) < 0 || r.compareTo(BigDecimal.valueOf(max)) > 0) {
                        throw outOfRange(name);
                    }
                    return box(r.longValue(), max);
                };
            case 3802:
                return (v, ctx) -> {
                    BigDecimal r = jsonbNumber((String) v, name).setScale(0, RoundingMode.HALF_UP);
                    if (r.compareTo(BigDecimal.valueOf(min)) < 0 || r.compareTo(BigDecimal.valueOf(max)) > 0) {
                        throw outOfRange(name);
                    }
                    return box(r.longValue(), max);
                };
            default:
                return (v, ctx) -> {
                    long x = ((Number) v).longValue();
                    if (x < min || x > max) {
                        throw outOfRange(name);
                    }
                    return box(x, max);
                };
        }
    }

    private static Object box(long x, long max) {
        if (max == Short.MAX_VALUE) {
            return (short) x;
        }
        if (max == Integer.MAX_VALUE) {
            return (int) x;
        }
        return x;
    }

    static PgException outOfRange(String name) {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, name + " out of range");
    }

    private static float toFloat4(double d) {
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (f == 0 && d != 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return f;
    }

    /** float4_numeric / float8_numeric: the value printed with FLT_DIG / DBL_DIG significant digits. */
    private static BigDecimal floatToNumeric(double d, int digits) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw NumericIO.special();
        }
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal r = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    static LocalDateTime dateToTimestamp(LocalDate d) {
        if (d.equals(LocalDate.MAX)) {
            return LocalDateTime.MAX;
        }
        if (d.equals(LocalDate.MIN)) {
            return LocalDateTime.MIN;
        }
        return d.atStartOfDay();
    }

    static Instant timestampToTimestamptz(LocalDateTime t, ZoneId zone) {
        if (t.equals(LocalDateTime.MAX)) {
            return Instant.MAX;
        }
        if (t.equals(LocalDateTime.MIN)) {
            return Instant.MIN;
        }
        return ZonedDateTime.ofLocal(t, zone, null).withLaterOffsetAtOverlap().toInstant();
    }

    static LocalDateTime timestamptzToTimestamp(Instant i, ZoneId zone) {
        if (i.equals(Instant.MAX)) {
            return LocalDateTime.MAX;
        }
        if (i.equals(Instant.MIN)) {
            return LocalDateTime.MIN;
        }
        return LocalDateTime.ofInstant(i, zone);
    }

    private static LocalDate timestampToDate(LocalDateTime t) {
        if (t.equals(LocalDateTime.MAX)) {
            return LocalDate.MAX;
        }
        if (t.equals(LocalDateTime.MIN)) {
            return LocalDate.MIN;
        }
        return t.toLocalDate();
    }

    /** timestamp_time returns NULL for the infinities. */
    private static LocalTime timestampToTime(LocalDateTime t) {
        if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
            return null;
        }
        return t.toLocalTime();
    }

    private static BigDecimal jsonbNumber(String jsonb, String typeName) {
        char c = jsonb.isEmpty() ? ' ' : jsonb.charAt(0);
        if (c == '-' || (c >= '0' && c <= '9')) {
            return NumericIO.input(jsonb, jsonb);
        }
        throw jsonbCastError(jsonb, typeName);
    }

    private static Boolean jsonbBool(String jsonb) {
        if (jsonb.equals("true")) {
            return Boolean.TRUE;
        }
        if (jsonb.equals("false")) {
            return Boolean.FALSE;
        }
        throw jsonbCastError(jsonb, "boolean");
    }

    private static PgException jsonbCastError(String jsonb, String typeName) {
        char c = jsonb.isEmpty() ? ' ' : jsonb.charAt(0);
        String kind = switch (c) {
            case '{' -> "object";
            case '[' -> "array";
            case '"' -> "string";
            case 'n' -> "null";
            case 't', 'f' -> "boolean";
            default -> "numeric";
        };
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot cast jsonb " + kind + " to type " + typeName);
    }
}
