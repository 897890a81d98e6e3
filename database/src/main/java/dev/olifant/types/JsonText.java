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

    /**
     * jsonb ordering (compareJsonbContainers): null &lt; string &lt; number &lt; boolean &lt; array
     * &lt; object; arrays and objects by size first, then element by element (objects key, then
     * value, in jsonb key order); an empty top-level array sorts below everything.
     */
    static int compare(String a, String b) {
        Object x = new JsonText(a, true).document();
        Object y = new JsonText(b, true).document();
        boolean ex = x instanceof List<?> l && l.isEmpty();
        boolean ey = y instanceof List<?> l && l.isEmpty();
        if (ex || ey) {
            return ex == ey ? 0 : ex ? -1 : 1;
        }
        return compareValues(x, y);
    }

    /** A hash consistent with {@link #compare}: numbers hash by value, not by their scale. */
    static int hash(String jsonb) {
        return hashValue(new JsonText(jsonb, true).document());
    }

    private static int hashValue(Object v) {
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
        }
        if (v instanceof List<?> l) {
            int h = 1;
            for (Object e : l) {
                h = 31 * h + hashValue(e);
            }
            return h;
        }
        if (v instanceof Map<?, ?> m) {
            int h = 7;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                h = 31 * h + e.getKey().hashCode() * 17 + hashValue(e.getValue());
            }
            return h;
        }
        return v.hashCode();
    }

    private static int rank(Object v) {
        if (v == JsonNull.NULL) {
            return 0;
        }
        if (v instanceof JsonString) {
            return 1;
        }
        if (v instanceof BigDecimal) {
            return 2;
        }
        if (v instanceof Boolean) {
            return 3;
        }
        return v instanceof List<?> ? 4 : 5;
    }

    private static int compareValues(Object x, Object y) {
        int rx = rank(x);
        int ry = rank(y);
        if (rx != ry) {
            return Integer.compare(rx, ry);
        }
        switch (rx) {
            case 1:
                return ValueOps.compareCodePoints(((JsonString) x).value(), ((JsonString) y).value());
            case 2:
                return ((BigDecimal) x).compareTo((BigDecimal) y);
            case 3:
                return Boolean.compare((Boolean) x, (Boolean) y);
            case 4: {
                List<?> lx = (List<?>) x;
                List<?> ly = (List<?>) y;
                if (lx.size() != ly.size()) {
                    return Integer.compare(lx.size(), ly.size());
                }
                for (int i = 0; i < lx.size(); i++) {
                    int c = compareValues(lx.get(i), ly.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case 5: {
                Map<?, ?> mx = (Map<?, ?>) x;
                Map<?, ?> my = (Map<?, ?>) y;
                if (mx.size() != my.size()) {
                    return Integer.compare(mx.size(), my.size());
                }
                var ix = mx.entrySet().iterator();
                var iy = my.entrySet().iterator();
                while (ix.hasNext()) {
                    var a = ix.next();
                    var b = iy.next();
                    int c = compareKeys((String) a.getKey(), (String) b.getKey());
                    if (c == 0) {
                        c = compareValues(a.getValue(), b.getValue());
                    }
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            default:
                return 0;
        }
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

    private enum JsonNull { NULL }

    private record JsonString(String value) {
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
    private static int compareKeys(String a, String b) {
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
