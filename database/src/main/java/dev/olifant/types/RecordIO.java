package dev.olifant.types;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** The text and binary output of records (record_out, record_send). */
public final class RecordIO {
    private RecordIO() {
    }

    /**
     * record_out: {@code (f1,f2,...)}; a null field prints as nothing, and a field's text is
     * double-quoted when it is empty or holds a quote, a backslash, a parenthesis, a comma or
     * white space, with quotes and backslashes doubled inside the quotes.
     */
    public static String output(RowValue row, FormatSettings settings, RegLookup reg) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row.get(i);
            if (v == null) {
                continue;
            }
            String text = TextIO.output(row.descriptor().field(i).type(), v, settings, reg);
            boolean quote = text.isEmpty();
            for (int k = 0; k < text.length() && !quote; k++) {
                char c = text.charAt(k);
                quote = c == '"' || c == '\\' || c == '(' || c == ')' || c == ',' || isSpace(c);
            }
            if (quote) {
                sb.append('"');
            }
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '"' || c == '\\') {
                    sb.append(c);
                }
                sb.append(c);
            }
            if (quote) {
                sb.append('"');
            }
        }
        return sb.append(')').toString();
    }

    /** C's isspace in the C locale: space, \t, \n, \v, \f, \r. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * record_send: the field count, then per field its type OID and its length (-1 for null)
     * followed by its binary value.
     */
    public static byte[] send(RowValue row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt(row.size()).array());
        for (int i = 0; i < row.size(); i++) {
            PgType type = row.descriptor().field(i).type();
            Object v = row.get(i);
            byte[] bytes = v == null ? null : BinaryIO.send(type, v);
            out.writeBytes(ByteBuffer.allocate(8).putInt(type.oid()).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }
}
