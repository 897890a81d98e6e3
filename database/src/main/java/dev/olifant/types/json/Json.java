package dev.olifant.types.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The json type's processing functions: they navigate the document as written and return
 * sub-documents as their source text, keeping members in written order with duplicates.
 */
public final class Json {
    private Json() {
    }

    /** A parsed json document; results are the written text of its parts. */
    public static final class Doc {
        private final JsonParser.Spanned spanned;

        private Doc(JsonParser.Spanned spanned) {
            this.spanned = spanned;
        }

        public JsonValue root() {
            return spanned.root();
        }

        /** The value's source text, or null for a missing value. */
        public String text(JsonValue v) {
            return v == null ? null : spanned.source(v);
        }

        /** {@code ->>}: a string's value, null for json null, else the source text. */
        public String asText(JsonValue v) {
            if (v == null || v instanceof JsonValue.Null) {
                return null;
            }
            return v instanceof JsonValue.Str s ? s.value() : spanned.source(v);
        }
    }

    public static Doc parse(String json) {
        return new Doc(JsonParser.parseJson(json));
    }

    /** json_strip_nulls: the document rebuilt without null members, with no whitespace. */
    public static String stripNulls(String json) {
        return JsonWriter.compact(JsonbOps.stripNulls(JsonParser.parseJson(json).root()));
    }

    /** Object members in written order as (key, value text) pairs. */
    public static List<String[]> members(Doc d, JsonValue.Obj o, boolean asText) {
        List<String[]> out = new ArrayList<>();
        for (JsonValue.Member m : o.members()) {
            out.add(new String[] {m.key(), asText ? d.asText(m.value()) : d.text(m.value())});
        }
        return out;
    }

    public static Iterator<Object> elements(Doc d, JsonValue.Arr a, boolean asText) {
        List<Object> out = new ArrayList<>();
        for (JsonValue e : a.elements()) {
            out.add(asText ? d.asText(e) : d.text(e));
        }
        return out.iterator();
    }

    public static String pretty(JsonValue v) {
        return JsonWriter.pretty(v);
    }

    public static void quote(StringBuilder sb, String s) {
        JsonWriter.quote(sb, s);
    }
}
