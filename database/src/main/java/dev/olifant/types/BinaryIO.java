package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The binary send / receive functions of the built-in types (typsend / typreceive), all
 * big-endian: dates as int4 days and timestamps as int8 microseconds since 2000-01-01 (the
 * infinities as the extreme values), intervals as int8 µs + int4 days + int4 months, numeric
 * as base-10000 digits, arrays with their header, dimensions and length-prefixed elements.
 */
public final class BinaryIO {
    private BinaryIO() {
    }

    public static byte[] send(PgType type, Object value) {
        switch (type.oid()) {
            case 16:
                return new byte[] {(byte) (((Boolean) value) ? 1 : 0)};
            case 21:
                return ByteBuffer.allocate(2).putShort((Short) value).array();
            case 23:
                return ByteBuffer.allocate(4).putInt((Integer) value).array();
            case 20, 3220:
                return ByteBuffer.allocate(8).putLong((Long) value).array();
            case 26, 28, 29, 24, 2202, 2203, 2204, 2205, 2206, 3734, 3769, 4089, 4096, 4191:
                return ByteBuffer.allocate(4).putInt((int) ((Number) value).longValue()).array();
            case 700:
                return ByteBuffer.allocate(4).putFloat((Float) value).array();
            case 701:
                return ByteBuffer.allocate(8).putDouble((Double) value).array();
            case 25, 1043, 1042, 19, 114, 705, 2275:
                return ((String) value).getBytes(StandardCharsets.UTF_8);
            case 3802: {
                byte[] text = ((String) value).getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[text.length + 1];
                out[0] = 1;
                System.arraycopy(text, 0, out, 1, text.length);
                return out;
            }
            case 18: {
                String s = (String) value;
                return s.isEmpty() ? new byte[] {0} : new byte[] {(byte) s.charAt(0)};
            }
            case 17:
                return (byte[]) value;
            case 1700:
                return NumericIO.send((BigDecimal) value);
            case 1082: {
                LocalDate d = (LocalDate) value;
                int days = d.equals(LocalDate.MAX) ? Integer.MAX_VALUE : d.equals(LocalDate.MIN) ? Integer.MIN_VALUE
                        : (int) (d.toEpochDay() - PgEpoch.EPOCH_DAY);
                return ByteBuffer.allocate(4).putInt(days).array();
            }
            case 1083: {
                LocalTime t = (LocalTime) value;
                long us = t.equals(LocalTime.MAX) ? 86_400_000_000L : t.toNanoOfDay() / 1000;
                return ByteBuffer.allocate(8).putLong(us).array();
            }
            case 1114: {
                LocalDateTime t = (LocalDateTime) value;
                long us = t.equals(LocalDateTime.MAX) ? Long.MAX_VALUE : t.equals(LocalDateTime.MIN) ? Long.MIN_VALUE
                        : PgEpoch.micros(t.toInstant(ZoneOffset.UTC));
                return ByteBuffer.allocate(8).putLong(us).array();
            }
            case 1184: {
                Instant t = (Instant) value;
                long us = t.equals(Instant.MAX) ? Long.MAX_VALUE : t.equals(Instant.MIN) ? Long.MIN_VALUE
                        : PgEpoch.micros(t);
                return ByteBuffer.allocate(8).putLong(us).array();
            }
            case 1186: {
                Interval i = (Interval) value;
                return ByteBuffer.allocate(16).putLong(i.micros()).putInt(i.days()).putInt(i.months()).array();
            }
            case 2950: {
                UUID u = (UUID) value;
                return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits())
                        .array();
            }
            case 2278:
                return new byte[0];
            case 2249:
                return RecordIO.send((RowValue) value);
            default:
                if (type.isArray() && value instanceof ArrayValue a) {
                    return ArrayBinary.send(a);
                }
                throw new PgException(SqlState.UNDEFINED_FUNCTION,
                        "no binary output function available for type " + type.name());
        }
    }

    /** typreceive, then the typmod; leftover bytes are reported without a parameter number. */
    public static Object receive(PgType type, int typmod, byte[] data) {
        return receive(type, typmod, data, 0);
    }

    /**
     * typreceive for bind parameter {@code parameterNumber} (1-based; 0 when not a parameter),
     * with PostgreSQL's errors for short or overlong data.
     */
    public static Object receive(PgType type, int typmod, byte[] data, int parameterNumber) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        Object v;
        try {
            v = read(type, buf, data.length);
        } catch (BufferUnderflowException e) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
        }
        if (buf.hasRemaining()) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, parameterNumber > 0
                    ? "incorrect binary data format in bind parameter " + parameterNumber
                    : "incorrect binary data format");
        }
        return typmod < 0 ? v : Typmods.apply(type, typmod, v, false);
    }

    /** Reads one value of {@code type} occupying the next {@code length} bytes of {@code buf}. */
    static Object read(PgType type, ByteBuffer buf, int length) {
        switch (type.oid()) {
            case 16:
                return buf.get() != 0;
            case 21:
                return buf.getShort();
            case 23:
                return buf.getInt();
            case 20, 3220:
                return buf.getLong();
            case 26, 28, 29, 24, 2202, 2203, 2204, 2205, 2206, 3734, 3769, 4089, 4096, 4191:
                return buf.getInt() & 0xFFFFFFFFL;
            case 700:
                return buf.getFloat();
            case 701:
                return buf.getDouble();
            case 25, 1043, 1042, 114, 705, 2275:
                return utf8(buf, length);
            case 19:
                return ScalarIO.truncateName(utf8(buf, length));
            case 3802: {
                byte version = buf.get();
                if (version != 1) {
                    throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "unsupported jsonb version number " + version);
                }
                return dev.olifant.types.json.Jsonb.normalize(utf8(buf, length - 1));
            }
            case 18: {
                int b = buf.get() & 0xFF;
                return b == 0 ? "" : String.valueOf((char) b);
            }
            case 17: {
                byte[] out = new byte[length];
                buf.get(out);
                return out;
            }
            case 1700:
                return NumericIO.receive(buf);
            case 1082: {
                int days = buf.getInt();
                if (days == Integer.MAX_VALUE) {
                    return LocalDate.MAX;
                }
                if (days == Integer.MIN_VALUE) {
                    return LocalDate.MIN;
                }
                return LocalDate.ofEpochDay(days + PgEpoch.EPOCH_DAY);
            }
            case 1083: {
                long us = buf.getLong();
                if (us < 0 || us > 86_400_000_000L) {
                    throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "time out of range");
                }
                return us == 86_400_000_000L ? LocalTime.MAX : LocalTime.ofNanoOfDay(us * 1000);
            }
            case 1114: {
                long us = buf.getLong();
                if (us == Long.MAX_VALUE) {
                    return LocalDateTime.MAX;
                }
                if (us == Long.MIN_VALUE) {
                    return LocalDateTime.MIN;
                }
                return LocalDateTime.ofInstant(PgEpoch.instant(us), ZoneOffset.UTC);
            }
            case 1184: {
                long us = buf.getLong();
                if (us == Long.MAX_VALUE) {
                    return Instant.MAX;
                }
                if (us == Long.MIN_VALUE) {
                    return Instant.MIN;
                }
                return PgEpoch.instant(us);
            }
            case 1186: {
                long us = buf.getLong();
                int days = buf.getInt();
                int months = buf.getInt();
                return new Interval(months, days, us);
            }
            case 2950:
                return new UUID(buf.getLong(), buf.getLong());
            case 2278:
                return null;
            default:
                if (type.isArray()) {
                    PgType element = Types.elementOf(type);
                    if (element != null) {
                        return ArrayBinary.receive(element, buf);
                    }
                }
                throw new PgException(SqlState.UNDEFINED_FUNCTION,
                        "no binary input function available for type " + type.name());
        }
    }

    private static String utf8(ByteBuffer buf, int length) {
        ByteBuffer slice = buf.slice(buf.position(), length);
        buf.position(buf.position() + length);
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice);
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\"");
        }
    }
}
