package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * array_send / array_recv: int4 ndim, int4 has-nulls flag, int4 element type OID, then per
 * dimension int4 length and int4 lower bound, then per element an int4 byte length (-1 for
 * NULL) followed by the element's binary form.
 */
final class ArrayBinary {
    private ArrayBinary() {
    }

    static byte[] send(ArrayValue a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + a.elements().length * 8);
        boolean hasNull = false;
        for (Object e : a.elements()) {
            hasNull |= e == null;
        }
        int ndim = a.dimensionCount();
        ByteBuffer head = ByteBuffer.allocate(12 + 8 * ndim);
        head.putInt(ndim).putInt(hasNull ? 1 : 0).putInt(a.elementType().oid());
        for (int d = 0; d < ndim; d++) {
            head.putInt(a.dimensions()[d]).putInt(a.lowerBounds()[d]);
        }
        out.writeBytes(head.array());
        byte[] len = new byte[4];
        for (Object e : a.elements()) {
            if (e == null) {
                ByteBuffer.wrap(len).putInt(-1);
                out.writeBytes(len);
            } else {
                byte[] b = BinaryIO.send(a.elementType(), e);
                ByteBuffer.wrap(len).putInt(b.length);
                out.writeBytes(len);
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }

    static ArrayValue receive(PgType element, ByteBuffer buf) {
        int ndim = buf.getInt();
        int flags = buf.getInt();
        int elemOid = buf.getInt();
        if (ndim < 0) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid number of dimensions: " + ndim);
        }
        if (ndim > ArrayIO.maxDimensions()) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "number of array dimensions (" + ndim
                    + ") exceeds the maximum allowed (" + ArrayIO.maxDimensions() + ")");
        }
        if (flags != 0 && flags != 1) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array flags");
        }
        if (elemOid != element.oid()) {
            PgType actual = Types.byOid(elemOid);
            throw new PgException(SqlState.DATATYPE_MISMATCH, "binary data has array element type " + elemOid + " ("
                    + (actual == null ? "???" : Typmods.format(actual, -1)) + ") instead of expected " + element.oid()
                    + " (" + Typmods.format(element, -1) + ")");
        }
        int[] dims = new int[ndim];
        int[] lbs = new int[ndim];
        long total = ndim == 0 ? 0 : 1;
        for (int d = 0; d < ndim; d++) {
            dims[d] = buf.getInt();
            lbs[d] = buf.getInt();
            if (dims[d] < 0) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array dimensions");
            }
            total *= dims[d];
            if (total > 134_217_727L) {
                throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "array size exceeds the maximum allowed (134217727)");
            }
        }
        if (total == 0) {
            return new ArrayValue(element, new int[0], new int[0], new Object[0]);
        }
        Object[] values = new Object[(int) total];
        for (int i = 0; i < values.length; i++) {
            int len = buf.getInt();
            if (len == -1) {
                continue;
            }
            if (len < 0 || len > buf.remaining()) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
            }
            int end = buf.position() + len;
            values[i] = BinaryIO.read(element, buf, len);
            if (buf.position() != end) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "improper binary format in array element " + (i + 1));
            }
        }
        return new ArrayValue(element, dims, lbs, values);
    }
}
