package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text: json input validates and keeps the text as written; jsonb input is parsed and kept
 * in jsonb's canonical text form (object keys ordered shorter-first then bytewise with the last
 * duplicate winning, numbers as numeric prints them, ", " and ": " separators) so that jsonb
 * values compare and print as PostgreSQL's do.
 */
final class JsonText {
    private final String text;
    private final boolean binary;
    private int pos;

    private JsonText(String text, boolean binary) {
        this.text = text;
        this.binary = binary;
    }

    static void validate(String text) {
        JsonText p = new JsonText(text, false);
        p.document();
    }

    static String normalize(String text) {
        JsonText p = new JsonText(text, true);
        Object v = p.document();
        StringBuilder sb = new StringBuilder(text.length());
        write(sb, v);
        return sb.toString();
    }

    /** Parses jsonb's canonical text into maps, lists, {@link JsonString}, BigDecimal, Boolean and {@link JsonNull}. */
    static Object parseTree(String jsonb) {
        return new JsonText(jsonb, true).document();
    }

    private Object document() {
        skip();
        Object v = value();
        skip();
        if (pos < text.length()) {
            throw error("Expected end of input, but found \"" + tokenAt() + "\".");
        }
        return v;
    }

    private PgException error(String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json")
                .withDetail(detail);
    }

    private String tokenAt() {
        int end = pos;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end == pos ? text.substring(pos, Math.min(pos + 1, text.length())) : text.substring(pos, end);
    }

    private void skip() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            pos++;
        }
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("The input string ended unexpectedly.");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '}', ']', ',', ':':
                throw error("Expected JSON value, but found \"" + c + "\".");
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonString(string());
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                String tok = tokenAt();
                switch (tok) {
                    case "true" -> {
                        pos += 4;
                        return Boolean.TRUE;
                    }
                    case "false" -> {
                        pos += 5;
                        return Boolean.FALSE;
                    }
                    case "null" -> {
                        pos += 4;
                        return JsonNull.NULL;
                    }
                    default -> throw error("Token \"" + tok + "\" is invalid.");
                }
        }
    }

    enum JsonNull { NULL }

    record JsonString(String value) {
    }

    private Map<String, Object> object() {
        pos++;
        Map<String, Object> m = new TreeMap<>(JsonText::compareKeys);
        skip();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return m;
        }
        boolean first = true;
        while (true) {
            skip();
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            if (text.charAt(pos) != '"') {
                throw error("Expected string" + (first ? " or \"}\"" : "") + ", but found \"" + tokenAt() + "\".");
            }
            first = false;
            String key = string();
            skip();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw pos >= text.length() ? error("The input string ended unexpectedly.")
                        : error("Expected \":\", but found \"" + tokenAt() + "\".");
            }
            pos++;
            skip();
            m.put(key, value());
            skip();
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                pos--;
                throw error("Expected \",\" or \"}\", but found \"" + tokenAt() + "\".");
            }
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> list = new ArrayList<>();
        skip();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            skip();
            list.add(value());
            skip();
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("Expected \",\" or \"]\", but found \"" + tokenAt() + "\".");
            }
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("Token \"" + text.substring(start) + "\" is invalid.");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("Character with value 0x" + String.format("%02x", (int) c) + " must be escaped.");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("The input string ended unexpectedly.");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("\"\\u\" must be followed by four hexadecimal digits.");
                    }
                    int cp = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(text.charAt(pos + k), 16);
                        if (d < 0) {
                            throw error("\"\\u\" must be followed by four hexadecimal digits.");
                        }
                        cp = cp * 16 + d;
                    }
                    pos += 4;
                    if (cp == 0 && binary) {
                        throw new PgException(SqlState.UNTRANSLATABLE_CHARACTER, "unsupported Unicode escape sequence")
                                .withDetail("\\u0000 cannot be converted to text.");
                    }
                    sb.append((char) cp);
                }
                default -> throw error("Escape sequence \"\\" + e + "\" is invalid.");
            }
        }
    }

    private BigDecimal number() {
        int st = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        boolean ok = pos > digits && !(text.charAt(digits) == '0' && pos - digits > 1);
        if (ok && pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int f = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            ok = pos > f;
        }
        if (ok && pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int e = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            ok = pos > e;
        }
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
            ok = false;
        }
        String tok = text.substring(st, pos);
        if (!ok) {
            pos = st;
            throw error("Token \"" + tok + "\" is invalid.");
        }
        return NumericIO.input(tok, tok);
    }

    /** jsonb's key order: shorter keys first, then bytewise (UTF-8 order equals code point order). */
    static int compareKeys(String a, String b) {
        int la = utf8Length(a);
        int lb = utf8Length(b);
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        return ValueOps.compareCodePoints(a, b);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static void write(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                quote(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof JsonString s) {
            quote(sb, s.value());
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v == JsonNull.NULL) {
            sb.append("null");
        } else {
            sb.append(v);
        }
    }

    /** PostgreSQL's escape_json. */
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
