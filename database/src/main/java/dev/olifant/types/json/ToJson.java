package dev.olifant.types.json;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL values as JSON (datum_to_json / datum_to_jsonb): booleans and finite numbers stay
 * unquoted, json and jsonb are embedded, arrays become nested JSON arrays, dates and timestamps
 * use the ISO 8601 form with {@code T}, everything else is its text output as a JSON string.
 */
public final class ToJson {
    private ToJson() {
    }

    /** The value as a jsonb tree. */
    public static JsonValue jsonb(PgType type, Object v, EvalContext ctx) {
        if (v == null) {
            return new JsonValue.Null();
        }
        if (type.oid() == Types.JSONB.oid() || type.oid() == Types.JSON.oid()) {
            return Jsonb.parse((String) v);
        }
        if (v instanceof ArrayValue a) {
            return array(a, 0, new int[] {0}, ctx, (t, x) -> jsonb(t, x, ctx), JsonValue.Arr::new);
        }
        if (v instanceof dev.olifant.types.RowValue r) {
            // a record is an object of its fields, as composite_to_jsonb makes it
            java.util.List<JsonValue.Member> members = new java.util.ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                members.add(new JsonValue.Member(r.descriptor().field(i).name(),
                        jsonb(r.descriptor().field(i).type(), r.get(i), ctx)));
            }
            return Jsonb.object(members);
        }
        if (v instanceof Boolean b) {
            return new JsonValue.Bool(b);
        }
        String text = TextIO.output(type, v, ctx.settings(), ctx.regLookup());
        if (isNumber(type)) {
            BigDecimal d = finite(text);
            if (d != null) {
                return new JsonValue.Num(d.scale() < 0 ? d.setScale(0) : d);
            }
        }
        return new JsonValue.Str(dateTime(type, text));
    }

    /** Appends the value's json text (compact arrays, embedded json verbatim). */
    public static void json(StringBuilder sb, PgType type, Object v, EvalContext ctx) {
        if (v == null) {
            sb.append("null");
            return;
        }
        if (type.oid() == Types.JSONB.oid() || type.oid() == Types.JSON.oid()) {
            sb.append((String) v);
            return;
        }
        if (v instanceof ArrayValue a) {
            jsonArray(sb, a, 0, new int[] {0}, ctx);
            return;
        }
        if (v instanceof dev.olifant.types.RowValue r) {
            // a record is an object of its fields in order, as composite_to_json writes it
            sb.append('{');
            for (int i = 0; i < r.size(); i++) {
                sb.append(i > 0 ? "," : "");
                JsonWriter.quote(sb, r.descriptor().field(i).name());
                sb.append(':');
                json(sb, r.descriptor().field(i).type(), r.get(i), ctx);
            }
            sb.append('}');
            return;
        }
        if (v instanceof Boolean b) {
            sb.append(b);
            return;
        }
        String text = TextIO.output(type, v, ctx.settings(), ctx.regLookup());
        if (isNumber(type) && finite(text) != null) {
            sb.append(text);
            return;
        }
        JsonWriter.quote(sb, dateTime(type, text));
    }

    public static String json(PgType type, Object v, EvalContext ctx) {
        StringBuilder sb = new StringBuilder();
        json(sb, type, v, ctx);
        return sb.toString();
    }

    private static void jsonArray(StringBuilder sb, ArrayValue a, int dim, int[] next, EvalContext ctx) {
        sb.append('[');
        int n = a.dimensions().length == 0 ? 0 : a.dimensions()[dim];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (dim + 1 < a.dimensions().length) {
                jsonArray(sb, a, dim + 1, next, ctx);
            } else {
                json(sb, a.elementType(), a.elements()[next[0]++], ctx);
            }
        }
        sb.append(']');
    }

    private interface Element {
        JsonValue of(PgType type, Object v);
    }

    private interface ArrMaker {
        JsonValue make(List<JsonValue> elements);
    }

    private static JsonValue array(ArrayValue a, int dim, int[] next, EvalContext ctx, Element el, ArrMaker mk) {
        int n = a.dimensions().length == 0 ? 0 : a.dimensions()[dim];
        List<JsonValue> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (dim + 1 < a.dimensions().length) {
                out.add(array(a, dim + 1, next, ctx, el, mk));
            } else {
                out.add(el.of(a.elementType(), a.elements()[next[0]++]));
            }
        }
        return mk.make(List.copyOf(out));
    }

    private static boolean isNumber(PgType t) {
        int o = t.oid();
        return o == 20 || o == 21 || o == 23 || o == 700 || o == 701 || o == 1700;
    }

    private static BigDecimal finite(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** JsonEncodeDateTime: ISO 8601 with {@code T} and a {@code +hh:mm} offset. */
    private static String dateTime(PgType t, String text) {
        int o = t.oid();
        if ((o == 1114 || o == 1184) && text.length() > 10 && text.charAt(10) == ' ') {
            String s = text.substring(0, 10) + "T" + text.substring(11);
            if (o == 1184) {
                int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
                if (sign > 10 && s.length() - sign == 3) {
                    s = s + ":00";
                }
            }
            return s;
        }
        if (o == 1266 && text.length() >= 3) {
            int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
            if (sign > 0 && text.length() - sign == 3) {
                return text + ":00";
            }
        }
        return text;
    }
}
