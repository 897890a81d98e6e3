package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Array text I/O (array_in / array_out): {@code {1,2,NULL}}, quoted elements, nested braces for
 * more dimensions and the {@code [0:1]=} decoration for lower bounds other than 1; plus the
 * space-separated forms of int2vector and oidvector.
 */
final class ArrayIO {
    private static final int MAXDIM = 6;

    private ArrayIO() {
    }

    static String output(ArrayValue a, FormatSettings fs, RegLookup reg) {
        int ndim = a.dimensionCount();
        if (ndim == 0) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder(16 + a.elements().length * 8);
        boolean decorate = false;
        for (int lb : a.lowerBounds()) {
            decorate |= lb != 1;
        }
        if (decorate) {
            for (int d = 0; d < ndim; d++) {
                int lb = a.lowerBounds()[d];
                sb.append('[').append(lb).append(':').append(lb + a.dimensions()[d] - 1).append(']');
            }
            sb.append('=');
        }
        int[] index = {0};
        level(sb, a, 0, index, fs, reg);
        return sb.toString();
    }

    private static void level(StringBuilder sb, ArrayValue a, int depth, int[] index, FormatSettings fs,
            RegLookup reg) {
        sb.append('{');
        int n = a.dimensions()[depth];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (depth + 1 < a.dimensionCount()) {
                level(sb, a, depth + 1, index, fs, reg);
            } else {
                Object e = a.elements()[index[0]++];
                if (e == null) {
                    sb.append("NULL");
                } else {
                    appendElement(sb, TextIO.output(a.elementType(), e, fs, reg));
                }
            }
        }
        sb.append('}');
    }

    private static void appendElement(StringBuilder sb, String s) {
        boolean quote = s.isEmpty() || s.equalsIgnoreCase("NULL");
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == '"' || c == '\\' || c == '{' || c == '}' || c == ',' || ScalarIO.isSpace(c);
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    static String vectorOutput(ArrayValue a) {
        StringBuilder sb = new StringBuilder();
        for (Object e : a.elements()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e);
        }
        return sb.toString();
    }

    /** int2vectorin / oidvectorin: whitespace-separated numbers, lower bound 0. */
    static ArrayValue vectorInput(PgType vectorType, String text) {
        List<Object> out = new ArrayList<>();
        boolean oid = vectorType.equals(Types.OIDVECTOR);
        for (String part : ScalarIO.trim(text).split("[ \t\n\r\f]+")) {
            if (part.isEmpty()) {
                continue;
            }
            out.add(oid ? (Object) ScalarIO.parseOid(part)
                    : (Object) (short) ScalarIO.parseInteger(part, Short.MIN_VALUE, Short.MAX_VALUE, "smallint"));
        }
        PgType element = oid ? Types.OID : Types.INT2;
        if (out.isEmpty()) {
            return new ArrayValue(element, new int[0], new int[0], new Object[0]);
        }
        return new ArrayValue(element, new int[] {out.size()}, new int[] {0}, out.toArray());
    }

    static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"")
                .withDetail(detail);
    }

    /** array_in for arrays of {@code element}; {@code typmod} applies to every element. */
    static ArrayValue input(PgType element, int typmod, String text, FormatSettings fs, RegLookup reg,
            java.time.Instant now) {
        return new ArrayParser(element, typmod, text, fs, reg, now).parse();
    }

    static int maxDimensions() {
        return MAXDIM;
    }
}
