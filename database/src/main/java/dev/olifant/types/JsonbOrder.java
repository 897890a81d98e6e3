package dev.olifant.types;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** jsonb's btree ordering and hashing over its canonical text (compareJsonbContainers). */
final class JsonbOrder {
    private JsonbOrder() {
    }

    /**
     * jsonb ordering (compareJsonbContainers): null &lt; string &lt; number &lt; boolean &lt; array
     * &lt; object; arrays and objects by size first, then element by element (objects key, then
     * value, in jsonb key order); an empty top-level array sorts below everything.
     */
    static int compare(String a, String b) {
        Object x = JsonText.parseTree(a);
        Object y = JsonText.parseTree(b);
        boolean ex = x instanceof List<?> l && l.isEmpty();
        boolean ey = y instanceof List<?> l && l.isEmpty();
        if (ex || ey) {
            return ex == ey ? 0 : ex ? -1 : 1;
        }
        return compareValues(x, y);
    }

    /** A hash consistent with {@link #compare}: numbers hash by value, not by their scale. */
    static int hash(String jsonb) {
        return hashValue(JsonText.parseTree(jsonb));
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
        if (v == JsonText.JsonNull.NULL) {
            return 0;
        }
        if (v instanceof JsonText.JsonString) {
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
                return ValueOps.compareCodePoints(((JsonText.JsonString) x).value(), ((JsonText.JsonString) y).value());
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
                    int c = JsonText.compareKeys((String) a.getKey(), (String) b.getKey());
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
}
