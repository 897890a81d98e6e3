package dev.olifant.types.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The jsonb value model: parsing to the normalized tree, the canonical text that is jsonb's
 * Java value, and jsonb's btree order (compareJsonbContainers) and a hash consistent with it.
 */
public final class Jsonb {
    private Jsonb() {
    }

    /** jsonb_in: text to its canonical form. */
    public static String normalize(String text) {
        return JsonWriter.jsonb(JsonParser.parseJsonb(text));
    }

    /** json_in: validates, keeping the text as written. */
    public static void validate(String text) {
        JsonParser.parseJson(text);
    }

    public static JsonValue parse(String jsonb) {
        return JsonParser.parseJsonb(jsonb);
    }

    public static String text(JsonValue v) {
        return JsonWriter.jsonb(v);
    }

    /** An object from members in any order: sorted by jsonb key order, the last duplicate wins. */
    public static JsonValue.Obj object(List<JsonValue.Member> members) {
        List<JsonValue.Member> sorted = new ArrayList<>(members);
        // stable sort keeps duplicates in input order; the last one of each key is kept
        sorted.sort(Comparator.comparing(JsonValue.Member::key, Jsonb::compareKeys));
        List<JsonValue.Member> out = new ArrayList<>(sorted.size());
        for (JsonValue.Member m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).key().equals(m.key())) {
                out.set(out.size() - 1, m);
            } else {
                out.add(m);
            }
        }
        return new JsonValue.Obj(List.copyOf(out));
    }

    /** jsonb's key order: shorter keys (in UTF-8 bytes) first, then bytewise. */
    public static int compareKeys(String a, String b) {
        int la = utf8Length(a);
        int lb = utf8Length(b);
        return la != lb ? Integer.compare(la, lb) : compareCodePoints(a, b);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /**
     * jsonb ordering: an empty top-level array sorts first; then null &lt; string &lt; number
     * &lt; boolean &lt; array &lt; object; containers by size, then element by element (objects
     * key, then value).
     */
    public static int compare(String a, String b) {
        return compare(parse(a), parse(b));
    }

    public static int compare(JsonValue x, JsonValue y) {
        boolean ex = x instanceof JsonValue.Arr l && l.elements().isEmpty();
        boolean ey = y instanceof JsonValue.Arr l && l.elements().isEmpty();
        if (ex || ey) {
            return ex == ey ? 0 : ex ? -1 : 1;
        }
        return compareValues(x, y);
    }

    public static int hash(String jsonb) {
        return hash(parse(jsonb));
    }

    private static int hash(JsonValue v) {
        return switch (v) {
            case JsonValue.Num n -> n.value().signum() == 0 ? 0 : n.value().stripTrailingZeros().hashCode();
            case JsonValue.Arr a -> {
                int h = 1;
                for (JsonValue e : a.elements()) {
                    h = 31 * h + hash(e);
                }
                yield h;
            }
            case JsonValue.Obj o -> {
                int h = 7;
                for (JsonValue.Member m : o.members()) {
                    h = 31 * h + m.key().hashCode() * 17 + hash(m.value());
                }
                yield h;
            }
            default -> v.hashCode();
        };
    }

    private static int rank(JsonValue v) {
        return switch (v) {
            case JsonValue.Null n -> 0;
            case JsonValue.Str s -> 1;
            case JsonValue.Num n -> 2;
            case JsonValue.Bool b -> 3;
            case JsonValue.Arr a -> 4;
            case JsonValue.Obj o -> 5;
        };
    }

    static int compareValues(JsonValue x, JsonValue y) {
        int rx = rank(x);
        int ry = rank(y);
        if (rx != ry) {
            return Integer.compare(rx, ry);
        }
        switch (x) {
            case JsonValue.Str s:
                return compareCodePoints(s.value(), ((JsonValue.Str) y).value());
            case JsonValue.Num n:
                return n.value().compareTo(((JsonValue.Num) y).value());
            case JsonValue.Bool b:
                return Boolean.compare(b.value(), ((JsonValue.Bool) y).value());
            case JsonValue.Arr a: {
                List<JsonValue> lx = a.elements();
                List<JsonValue> ly = ((JsonValue.Arr) y).elements();
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
            case JsonValue.Obj o: {
                List<JsonValue.Member> mx = o.members();
                List<JsonValue.Member> my = ((JsonValue.Obj) y).members();
                if (mx.size() != my.size()) {
                    return Integer.compare(mx.size(), my.size());
                }
                for (int i = 0; i < mx.size(); i++) {
                    int c = compareKeys(mx.get(i).key(), my.get(i).key());
                    if (c == 0) {
                        c = compareValues(mx.get(i).value(), my.get(i).value());
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

    static BigDecimal numericOf(JsonValue v) {
        return v instanceof JsonValue.Num n ? n.value() : null;
    }
}
