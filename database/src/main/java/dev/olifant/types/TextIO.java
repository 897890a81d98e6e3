package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.json.JsonPath;
import dev.olifant.types.json.Jsonb;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The text input and output functions of the built-in types (typinput / typoutput): what psql
 * prints and what a literal or a text-format bind parameter is read as.
 */
public final class TextIO {
    private TextIO() {
    }

    /** The type's output function applied to a non-null value. */
    public static String output(PgType type, Object value, FormatSettings settings, RegLookup reg) {
        switch (type.oid()) {
            case 16:
                return ((Boolean) value) ? "t" : "f";
            case 20, 21, 23, 26, 28, 29:
                return value.toString();
            case 25, 1043, 1042, 19, 114, 3802, 4072, 705, 2275:
                return (String) value;
            case 18:
                return ScalarIO.formatChar((String) value);
            case 3220:
                return PgLsn.format((Long) value);
            case 700:
                return FloatIO.output((Float) value, settings.extraFloatDigits());
            case 701:
                return FloatIO.output((Double) value, settings.extraFloatDigits());
            case 1700:
                return NumericIO.output((BigDecimal) value);
            case 17:
                return ByteaIO.output((byte[]) value, settings.byteaHex());
            case 1082:
                return DateTimeOutput.date((LocalDate) value, settings);
            case 1083:
                return DateTimeOutput.time((LocalTime) value);
            case 1114:
                return DateTimeOutput.timestamp((LocalDateTime) value, settings);
            case 1184:
                return DateTimeOutput.timestamptz((Instant) value, settings);
            case 1186:
                return IntervalOutput.output((Interval) value, settings.intervalStyle());
            case 2950:
                return ScalarIO.formatUuid((UUID) value);
            case 24, 2202, 2205, 2206, 4089, 4096, 2203, 2204, 3734, 3769, 4191:
                return regOutput(type, ((Number) value).longValue(), reg);
            case 2278:
                return "";
            case 22, 30:
                return ArrayIO.vectorOutput((ArrayValue) value);
            case 2249:
                return RecordIO.output((RowValue) value, settings, reg);
            default:
                if ((type.isArray() || type.oid() == 2277) && value instanceof ArrayValue a) {
                    // anyarray (pg_stats' value arrays) prints as the array it holds, as anyarray_out does
                    return ArrayIO.output(a, settings, reg);
                }
                if (value instanceof String s) {
                    return s;
                }
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "type " + type.name() + " is not supported");
        }
    }

    private static String regOutput(PgType type, long oid, RegLookup reg) {
        if (oid == 0) {
            return "-";
        }
        String name = reg == null ? null : reg.nameOf(type, oid);
        return name == null ? Long.toString(oid) : name;
    }

    /**
     * The type's input function, followed by the typmod's length coercion ({@code typmod} -1 =
     * none). 'now', 'today' and friends read the current time; see the overload taking the
     * transaction's start.
     */
    public static Object input(PgType type, int typmod, String text, FormatSettings settings, RegLookup reg) {
        return input(type, typmod, text, settings, reg, null);
    }

    /**
     * As {@link #input(PgType, int, String, FormatSettings, RegLookup)}, with the instant that the
     * date/time inputs 'now', 'today', 'tomorrow' and 'yesterday' refer to (PostgreSQL uses the
     * transaction start); null means the current time.
     */
    public static Object input(PgType type, int typmod, String text, FormatSettings settings, RegLookup reg,
            Instant now) {
        Object v = type.oid() == 1186
                ? IntervalParser.parse(text, settings.intervalStyle(), IntervalRange.ofTypmod(typmod))
                : parse(type, text, settings, reg, now);
        return typmod < 0 ? v : Typmods.apply(type, typmod, v, false);
    }

    /**
     * A boolean option's value as PostgreSQL's parse_bool reads it (true/yes/on/1, false/no/off/0,
     * unique prefixes, any case), or null when it is none of them.
     */
    public static Boolean booleanOption(String text) {
        return ScalarIO.boolOrNull(text);
    }

    private static Instant currentMicros() {
        Instant i = Instant.now();
        return i.minusNanos(i.getNano() % 1000);
    }

    private static Object parse(PgType type, String text, FormatSettings settings, RegLookup reg, Instant now) {
        switch (type.oid()) {
            case 2249:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "input of anonymous composite types is not implemented");
            case 16:
                return ScalarIO.parseBool(text);
            case 21:
                return (short) ScalarIO.parseInteger(text, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case 23:
                return (int) ScalarIO.parseInteger(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case 20:
                return ScalarIO.parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case 26:
                return ScalarIO.parseOid(text);
            case 3220:
                return PgLsn.parse(text.strip());
            case 28, 29:
                return ScalarIO.parseOid(text);
            case 25, 1043, 705, 2275:
                return text;
            case 1042:
                return text;
            case 19:
                return ScalarIO.truncateName(text);
            case 18:
                return ScalarIO.parseChar(text);
            case 700:
                return (float) FloatIO.parse(text, true);
            case 701:
                return FloatIO.parse(text, false);
            case 1700:
                return NumericIO.input(text, text);
            case 17:
                return ByteaIO.input(text);
            case 1082:
                return DateTimeIO.inputDate(text, settings, now == null ? currentMicros() : now);
            case 1083:
                return DateTimeIO.inputTime(text, settings, now == null ? currentMicros() : now);
            case 1114:
                return DateTimeIO.inputTimestamp(text, settings, now == null ? currentMicros() : now);
            case 1184:
                return DateTimeIO.inputTimestamptz(text, settings, now == null ? currentMicros() : now);
            case 1186:
                return IntervalParser.parse(text, settings.intervalStyle());
            case 2950:
                return ScalarIO.parseUuid(text);
            case 114:
                Jsonb.validate(text);
                return text;
            case 3802:
                return Jsonb.normalize(text);
            case 4072:
                JsonPath.parse(text);
                return text;
            case 24, 2202, 2205, 2206, 4089, 4096, 2203, 2204, 3734, 3769, 4191:
                return regInput(type, text, reg);
            case 2278:
                return null;
            case 22, 30:
                return ArrayIO.vectorInput(type, text);
            default:
                if (type.isArray()) {
                    PgType element = Types.elementOf(type);
                    if (element != null) {
                        return ArrayIO.input(element, -1, text, settings, reg, now);
                    }
                }
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "type " + type.name() + " is not supported");
        }
    }

    private static long regInput(PgType type, String text, RegLookup reg) {
        String s = ScalarIO.trim(text);
        if (s.equals("-")) {
            return 0L;
        }
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ScalarIO.parseOid(s);
        }
        if (reg == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "type " + type.name() + " input needs the catalog");
        }
        return reg.oidOf(type, s);
    }
}
