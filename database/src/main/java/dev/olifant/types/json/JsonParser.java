package dev.olifant.types.json;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's JSON lexer and recursive-descent parser (common/jsonapi.c). Errors are 22P02
 * {@code invalid input syntax for type json} with json_errdetail's DETAIL and
 * report_json_context's CONTEXT ({@code JSON data, line N: ...}). In json mode the tree keeps
 * members in written order and records each value's source span, so that json's operators can
 * return sub-documents exactly as written.
 */
final class JsonParser {
    private final String text;
    private final boolean normalize;
    private final Map<JsonValue, int[]> spans;
    private int pos;

    private JsonParser(String text, boolean normalize, boolean keepSpans) {
        this.text = text;
        this.normalize = normalize;
        this.spans = keepSpans ? new IdentityHashMap<>() : null;
    }

    /** Parses jsonb input: objects normalized. */
    static JsonValue parseJsonb(String text) {
        return new JsonParser(text, true, false).document();
    }

    /** Parses json input as written, with the source span of every value. */
    static Spanned parseJson(String text) {
        JsonParser p = new JsonParser(text, false, true);
        JsonValue root = p.document();
        return new Spanned(text, root, p.spans);
    }

    /** A json document and the source text of each of its values. */
    record Spanned(String text, JsonValue root, Map<JsonValue, int[]> spans) {
        String source(JsonValue v) {
            int[] s = spans.get(v);
            return text.substring(s[0], s[1]);
        }
    }

    private JsonValue document() {
        skip();
        JsonValue v = value();
        skip();
        if (pos < text.length()) {
            int end = tokenEnd(pos);
            throw error("Expected end of input, but found \"" + text.substring(pos, end) + "\".", end);
        }
        return v;
    }

    private PgException error(String detail, int terminator) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json")
                .withDetail(detail).withContext(context(terminator));
    }

    private PgException endError() {
        return error("The input string ended unexpectedly.", text.length());
    }

    /** report_json_context: the line up to the failing token's end, at most 49 characters of it. */
    private String context(int terminator) {
        int end = Math.min(terminator, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int start = lineStart;
        while (end - start >= 50) {
            start++;
        }
        if (start - lineStart <= 3) {
            start = lineStart;
        }
        String prefix = start > lineStart ? "..." : "";
        boolean more = end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r';
        return "JSON data, line " + line + ": " + prefix + text.substring(start, end) + (more ? "..." : "");
    }

    private static boolean alnum(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80;
    }

    /** The end of the token starting at {@code from}, as json_lex delimits it. */
    private int tokenEnd(int from) {
        char c = text.charAt(from);
        if (c == '"') {
            int i = from + 1;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, text.length());
        }
        int end = from;
        while (end < text.length() && (alnum(text.charAt(end)) || text.charAt(end) == '-' && end == from
                || text.charAt(end) == '.' || text.charAt(end) == '+')) {
            end++;
        }
        return end == from ? from + 1 : end;
    }

    private PgException expected(String what) {
        if (pos >= text.length()) {
            return endError();
        }
        int end = tokenEnd(pos);
        return error("Expected " + what + ", but found \"" + text.substring(pos, end) + "\".", end);
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

    private <T extends JsonValue> T span(T v, int start) {
        if (spans != null) {
            spans.put(v, new int[] {start, pos});
        }
        return v;
    }

    private JsonValue value() {
        if (pos >= text.length()) {
            throw endError();
        }
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return span(object(), start);
            case '[':
                return span(array(), start);
            case '"':
                return span(new JsonValue.Str(string()), start);
            case '}', ']', ',', ':':
                throw error("Expected JSON value, but found \"" + c + "\".", pos + 1);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return span(new JsonValue.Num(number()), start);
                }
                int end = tokenEnd(pos);
                String tok = text.substring(pos, end);
                JsonValue v = switch (tok) {
                    case "true" -> new JsonValue.Bool(true);
                    case "false" -> new JsonValue.Bool(false);
                    case "null" -> new JsonValue.Null();
                    default -> throw error("Token \"" + tok + "\" is invalid.", end);
                };
                pos = end;
                return span(v, start);
        }
    }

    private JsonValue object() {
        pos++;
        List<JsonValue.Member> members = new ArrayList<>();
        skip();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return new JsonValue.Obj(members);
        }
        while (true) {
            skip();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw expected(members.isEmpty() ? "string or \"}\"" : "string");
            }
            String key = string();
            skip();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw expected("\":\"");
            }
            pos++;
            skip();
            members.add(new JsonValue.Member(key, value()));
            skip();
            if (pos >= text.length()) {
                throw endError();
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return normalize ? Jsonb.object(members) : new JsonValue.Obj(List.copyOf(members));
            }
            if (c != ',') {
                throw expected("\",\" or \"}\"");
            }
            pos++;
        }
    }

    private JsonValue array() {
        pos++;
        List<JsonValue> list = new ArrayList<>();
        skip();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return new JsonValue.Arr(List.of());
        }
        while (true) {
            skip();
            list.add(value());
            skip();
            if (pos >= text.length()) {
                throw endError();
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                return new JsonValue.Arr(List.copyOf(list));
            }
            if (c != ',') {
                throw expected("\",\" or \"]\"");
            }
            pos++;
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("Token \"" + text.substring(start) + "\" is invalid.", text.length());
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("Character with value 0x" + String.format("%02x", (int) c) + " must be escaped.", pos - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("Token \"" + text.substring(start) + "\" is invalid.", text.length());
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(unicodeEscape());
                default -> throw error("Escape sequence \"\\" + e + "\" is invalid.", pos);
            }
        }
    }

    private char unicodeEscape() {
        int cp = 0;
        for (int k = 0; k < 4; k++) {
            int d = pos + k < text.length() ? Character.digit(text.charAt(pos + k), 16) : -1;
            if (d < 0) {
                throw error("\"\\u\" must be followed by four hexadecimal digits.", Math.min(pos + k + 1, text.length()));
            }
            cp = cp * 16 + d;
        }
        pos += 4;
        if (cp == 0 && normalize) {
            throw new PgException(SqlState.UNTRANSLATABLE_CHARACTER, "unsupported Unicode escape sequence")
                    .withDetail("\\u0000 cannot be converted to text.").withContext(context(pos));
        }
        return (char) cp;
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
        while (pos < text.length() && alnum(text.charAt(pos))) {
            pos++;
            ok = false;
        }
        String tok = text.substring(st, pos);
        if (!ok) {
            throw error("Token \"" + tok + "\" is invalid.", pos);
        }
        BigDecimal d = new BigDecimal(tok);
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
