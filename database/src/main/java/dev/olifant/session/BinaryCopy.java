package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.BinaryIO;
import dev.olifant.types.PgType;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * COPY's binary format (copyfromparse.c, copyto.c): the 11-byte signature
 * {@code PGCOPY\n\377\r\n\0}, a 32-bit flags field (bit 16: OIDs included, not supported) and a
 * header extension length; then per tuple a 16-bit field count and per field a 32-bit length
 * ({@code -1} for NULL) and the type's binary send/receive form; a field count of {@code -1}
 * ends the data.
 */
final class BinaryCopy {
    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private BinaryCopy() {
    }

    private static PgException format(String message) {
        return new PgException(SqlState.BAD_COPY_FILE_FORMAT, message);
    }

    /**
     * Reads tuples, each as the typed values of {@code cols}, and hands them to {@code row}.
     *
     * @param where the CONTEXT prefix, {@code COPY table}
     * @return the number of tuples read
     */
    static long read(InputStream stream, List<Column> cols, String where, Consumer<Object[]> row) {
        DataInputStream in = new DataInputStream(stream);
        long n = 0;
        try {
            byte[] sig = new byte[SIGNATURE.length];
            try {
                in.readFully(sig);
            } catch (EOFException e) {
                throw format("COPY file signature not recognized").withContext(where + ", line 1");
            }
            if (!Arrays.equals(sig, SIGNATURE)) {
                throw format("COPY file signature not recognized").withContext(where + ", line 1");
            }
            int flags = readInt(in, "invalid COPY file header (missing flags)", where);
            if ((flags & (1 << 16)) != 0) {
                throw format("invalid COPY file header (WITH OIDS)").withContext(where + ", line 1");
            }
            if ((flags & 0xFFFF0000 & ~(1 << 16)) != 0) {
                throw format("unrecognized critical flags in COPY file header").withContext(where + ", line 1");
            }
            int ext = readInt(in, "invalid COPY file header (missing length)", where);
            if (ext < 0 || in.skipBytes(ext) != ext) {
                throw format("invalid COPY file header (wrong length)").withContext(where + ", line 1");
            }
            while (true) {
                String ctx = where + ", line " + (n + 1);
                short count;
                try {
                    count = in.readShort();
                } catch (EOFException e) {
                    break;
                }
                if (count == -1) {
                    break;
                }
                if (count != cols.size()) {
                    throw format("row field count is " + count + ", expected " + cols.size()).withContext(ctx);
                }
                Object[] values = new Object[cols.size()];
                for (int i = 0; i < cols.size(); i++) {
                    Column c = cols.get(i);
                    int len;
                    byte[] data;
                    try {
                        len = in.readInt();
                        if (len < -1) {
                            throw format("invalid field size").withContext(ctx + ", column " + c.name());
                        }
                        data = len < 0 ? null : in.readNBytes(len);
                    } catch (EOFException e) {
                        throw format("unexpected EOF in COPY data").withContext(ctx + ", column " + c.name());
                    }
                    if (data != null && data.length < len) {
                        throw format("unexpected EOF in COPY data").withContext(ctx + ", column " + c.name());
                    }
                    try {
                        values[i] = data == null ? null : BinaryIO.receive(c.type(), c.typmod(), data);
                    } catch (PgException e) {
                        throw e.withContext(ctx + ", column " + c.name());
                    }
                }
                row.accept(values);
                n++;
            }
            while (in.read() >= 0) {
                // the rest of the stream until CopyDone
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static int readInt(DataInputStream in, String message, String where) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw format(message).withContext(where + ", line 1");
        }
    }

    /** The header: signature, flags 0, no extension. */
    static byte[] header() {
        byte[] h = Arrays.copyOf(SIGNATURE, SIGNATURE.length + 8);
        return h;
    }

    /** One tuple in binary form. */
    static void tuple(ByteArrayOutputStream out, List<PgType> types, Object[] row) {
        int n = types.size();
        out.write(n >> 8);
        out.write(n);
        for (int i = 0; i < n; i++) {
            Object v = row[i];
            if (v == null) {
                writeInt(out, -1);
                continue;
            }
            byte[] b = BinaryIO.send(types.get(i), v);
            writeInt(out, b.length);
            out.writeBytes(b);
        }
    }

    static byte[] trailer() {
        return new byte[] {(byte) 0xFF, (byte) 0xFF};
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
