package dev.olifant.types.json;

import java.util.List;

/** Text forms of a JSON tree: jsonb's canonical text, json's compact form and jsonb_pretty. */
final class JsonWriter {
    private JsonWriter() {
    }

    static String jsonb(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, ", ", ": ");
        return sb.toString();
    }

    /** No whitespace at all, as json functions that rebuild a document print it. */
    static String compact(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, ",", ":");
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonValue v, String comma, String colon) {
        switch (v) {
            case JsonValue.Obj o -> {
                sb.append('{');
                List<JsonValue.Member> ms = o.members();
                for (int i = 0; i < ms.size(); i++) {
                    if (i > 0) {
                        sb.append(comma);
                    }
                    quote(sb, ms.get(i).key());
                    sb.append(colon);
                    write(sb, ms.get(i).value(), comma, colon);
                }
                sb.append('}');
            }
            case JsonValue.Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.elements().size(); i++) {
                    if (i > 0) {
                        sb.append(comma);
                    }
                    write(sb, a.elements().get(i), comma, colon);
                }
                sb.append(']');
            }
            default -> scalar(sb, v);
        }
    }

    static void scalar(StringBuilder sb, JsonValue v) {
        switch (v) {
            case JsonValue.Str s -> quote(sb, s.value());
            case JsonValue.Num n -> sb.append(n.value().toPlainString());
            case JsonValue.Bool b -> sb.append(b.value());
            case JsonValue.Null n -> sb.append("null");
            default -> throw new IllegalArgumentException("not a scalar");
        }
    }

    /** jsonb_pretty: four-space indentation, each member and element on its own line. */
    static String pretty(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        pretty(sb, v, 0);
        return sb.toString();
    }

    private static void pretty(StringBuilder sb, JsonValue v, int level) {
        switch (v) {
            case JsonValue.Obj o -> {
                sb.append('{');
                List<JsonValue.Member> ms = o.members();
                for (int i = 0; i < ms.size(); i++) {
                    sb.append(i > 0 ? ",\n" : "\n");
                    indent(sb, level + 1);
                    quote(sb, ms.get(i).key());
                    sb.append(": ");
                    pretty(sb, ms.get(i).value(), level + 1);
                }
                sb.append('\n');
                indent(sb, level);
                sb.append('}');
            }
            case JsonValue.Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.elements().size(); i++) {
                    sb.append(i > 0 ? ",\n" : "\n");
                    indent(sb, level + 1);
                    pretty(sb, a.elements().get(i), level + 1);
                }
                sb.append('\n');
                indent(sb, level);
                sb.append(']');
            }
            default -> scalar(sb, v);
        }
    }

    private static void indent(StringBuilder sb, int level) {
        sb.append("    ".repeat(level));
    }

    /** escape_json. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
