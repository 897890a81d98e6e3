package dev.olifant.wal;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A compact, self-describing binary form of engine values (the value contract in the brief): a
 * tag byte per value, then a fixed or length-prefixed body. Self-describing because a row
 * written before ALTER TABLE must replay without the column types of the time.
 */
public final class ValueCodec {
    private static final int NULL = 0, BOOL = 1, INT2 = 2, INT4 = 3, INT8 = 4, FLOAT4 = 5, FLOAT8 = 6, NUMERIC = 7,
            TEXT = 8, BYTEA = 9, DATE = 10, TIME = 11, TIMESTAMP = 12, TIMESTAMPTZ = 13, INTERVAL = 14, UUID_TAG = 15,
            ARRAY = 16;

    private ValueCodec() {
    }

    public static void write(WalOutput out, Object v) {
        switch (v) {
            case null -> out.u8(NULL);
            case Boolean b -> out.u8(BOOL).bool(b);
            case Short s -> out.u8(INT2).i32(s);
            case Integer i -> out.u8(INT4).i32(i);
            case Long l -> out.u8(INT8).i64(l);
            case Float f -> out.u8(FLOAT4).i32(Float.floatToRawIntBits(f));
            case Double d -> out.u8(FLOAT8).i64(Double.doubleToRawLongBits(d));
            case BigDecimal d -> out.u8(NUMERIC).i32(d.scale()).blob(d.unscaledValue().toByteArray());
            case String s -> out.u8(TEXT).str(s);
            case byte[] b -> out.u8(BYTEA).blob(b);
            case LocalDate d -> out.u8(DATE).i64(d.toEpochDay());
            case LocalTime t -> out.u8(TIME).i64(t.toNanoOfDay());
            case LocalDateTime t -> out.u8(TIMESTAMP).i64(t.toEpochSecond(ZoneOffset.UTC)).i32(t.getNano());
            case Instant t -> out.u8(TIMESTAMPTZ).i64(t.getEpochSecond()).i32(t.getNano());
            case Interval iv -> out.u8(INTERVAL).i32(iv.months()).i32(iv.days()).i64(iv.micros());
            case UUID u -> out.u8(UUID_TAG).i64(u.getMostSignificantBits()).i64(u.getLeastSignificantBits());
            case ArrayValue a -> {
                out.u8(ARRAY).i32(a.elementType().oid()).i32(a.dimensions().length);
                for (int i = 0; i < a.dimensions().length; i++) {
                    out.i32(a.dimensions()[i]).i32(a.lowerBounds()[i]);
                }
                out.i32(a.elements().length);
                for (Object e : a.elements()) {
                    write(out, e);
                }
            }
            default -> throw new IllegalArgumentException("no WAL encoding for values of " + v.getClass().getName());
        }
    }

    public static Object read(WalInput in) {
        int tag = in.u8();
        return switch (tag) {
            case NULL -> null;
            case BOOL -> in.bool();
            case INT2 -> (short) in.i32();
            case INT4 -> in.i32();
            case INT8 -> in.i64();
            case FLOAT4 -> Float.intBitsToFloat(in.i32());
            case FLOAT8 -> Double.longBitsToDouble(in.i64());
            case NUMERIC -> {
                int scale = in.i32();
                yield new BigDecimal(new BigInteger(in.blob()), scale);
            }
            case TEXT -> in.str();
            case BYTEA -> in.blob();
            case DATE -> LocalDate.ofEpochDay(in.i64());
            case TIME -> LocalTime.ofNanoOfDay(in.i64());
            case TIMESTAMP -> LocalDateTime.ofEpochSecond(in.i64(), in.i32(), ZoneOffset.UTC);
            case TIMESTAMPTZ -> Instant.ofEpochSecond(in.i64(), in.i32());
            case INTERVAL -> new Interval(in.i32(), in.i32(), in.i64());
            case UUID_TAG -> new UUID(in.i64(), in.i64());
            case ARRAY -> readArray(in);
            default -> throw new WalFormatException("unknown value tag " + tag);
        };
    }

    private static ArrayValue readArray(WalInput in) {
        int oid = in.i32();
        PgType element = Types.byOid(oid);
        if (element == null) {
            throw new WalFormatException("unknown array element type " + oid);
        }
        int ndim = in.i32();
        int[] dims = new int[ndim];
        int[] lower = new int[ndim];
        for (int i = 0; i < ndim; i++) {
            dims[i] = in.i32();
            lower[i] = in.i32();
        }
        Object[] elements = new Object[in.i32()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = read(in);
        }
        return new ArrayValue(element, dims, lower, elements);
    }
}
