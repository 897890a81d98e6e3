package dev.olifant.types.json;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * jsonb's operators and modification functions over the tree (jsonfuncs.c, jsonb_op.c):
 * field and element access, paths, containment, existence, concatenation, deletion,
 * jsonb_set, jsonb_insert and jsonb_strip_nulls.
 */
public final class JsonbOps {
    private JsonbOps() {
    }

    /** {@code -> text}: an object's member, or null. */
    public static JsonValue field(JsonValue v, String key) {
        return v instanceof JsonValue.Obj o ? o.get(key) : null;
    }

    /** {@code -> int}: an array element, negative indexes from the end, or null. */
    public static JsonValue element(JsonValue v, int index) {
        if (!(v instanceof JsonValue.Arr a)) {
            return null;
        }
        int n = a.elements().size();
        int i = index < 0 ? n + index : index;
        return i >= 0 && i < n ? a.elements().get(i) : null;
    }

    /** {@code #>}: follows a path of keys and array indexes; null when a step is missing. */
    public static JsonValue path(JsonValue v, List<String> path) {
        JsonValue cur = v;
        for (String step : path) {
            if (step == null) {
                return null;
            }
            if (cur instanceof JsonValue.Obj o) {
                cur = o.get(step);
            } else if (cur instanceof JsonValue.Arr) {
                Integer i = parseIndex(step);
                if (i == null) {
                    return null;
                }
                cur = element(cur, i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    private static Integer parseIndex(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code ->>}: text of a scalar (null for json null), or the container's text. */
    public static String asText(JsonValue v) {
        return switch (v) {
            case null -> null;
            case JsonValue.Str s -> s.value();
            case JsonValue.Null n -> null;
            case JsonValue.Num n -> n.value().toPlainString();
            case JsonValue.Bool b -> String.valueOf(b.value());
            default -> JsonWriter.jsonb(v);
        };
    }

    /** {@code @>} (JsonbDeepContains). */
    public static boolean contains(JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.Obj oa) {
            if (!(b instanceof JsonValue.Obj ob)) {
                return false;
            }
            for (JsonValue.Member m : ob.members()) {
                JsonValue av = oa.get(m.key());
                if (av == null) {
                    return false;
                }
                if (JsonValue.isScalar(m.value()) || JsonValue.isScalar(av)) {
                    if (Jsonb.compareValues(av, m.value()) != 0) {
                        return false;
                    }
                } else if (!contains(av, m.value())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonValue.Arr aa) {
            List<JsonValue> needles;
            if (b instanceof JsonValue.Arr ba) {
                needles = ba.elements();
            } else if (JsonValue.isScalar(b)) {
                needles = List.of(b);
            } else {
                return false;
            }
            for (JsonValue n : needles) {
                boolean found = false;
                for (JsonValue e : aa.elements()) {
                    if (JsonValue.isScalar(n) ? JsonValue.isScalar(e) && Jsonb.compareValues(e, n) == 0
                            : !JsonValue.isScalar(e) && e.getClass() == n.getClass() && contains(e, n)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        return JsonValue.isScalar(b) && Jsonb.compareValues(a, b) == 0;
    }

    /** {@code ?}: a key of an object, a string element of an array, or the string scalar itself. */
    public static boolean exists(JsonValue v, String key) {
        return switch (v) {
            case JsonValue.Obj o -> o.get(key) != null;
            case JsonValue.Arr a -> a.elements().stream().anyMatch(e -> e instanceof JsonValue.Str s && s.value().equals(key));
            case JsonValue.Str s -> s.value().equals(key);
            default -> false;
        };
    }

    /** {@code ||}. */
    public static JsonValue concat(JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.Obj oa && b instanceof JsonValue.Obj ob) {
            List<JsonValue.Member> all = new ArrayList<>(oa.members());
            all.addAll(ob.members());
            return Jsonb.object(all);
        }
        List<JsonValue> out = new ArrayList<>();
        addSpread(out, a);
        addSpread(out, b);
        return new JsonValue.Arr(List.copyOf(out));
    }

    private static void addSpread(List<JsonValue> out, JsonValue v) {
        if (v instanceof JsonValue.Arr arr) {
            out.addAll(arr.elements());
        } else {
            out.add(v);
        }
    }

    /** {@code - text}: removes a key, or matching string elements. */
    public static JsonValue delete(JsonValue v, String key) {
        return switch (v) {
            case JsonValue.Obj o -> new JsonValue.Obj(o.members().stream().filter(m -> !m.key().equals(key)).toList());
            case JsonValue.Arr a -> new JsonValue.Arr(a.elements().stream()
                    .filter(e -> !(e instanceof JsonValue.Str s && s.value().equals(key))).toList());
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
        };
    }

    /** {@code - int}: removes an array element. */
    public static JsonValue delete(JsonValue v, int index) {
        if (v instanceof JsonValue.Obj) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from object using integer index");
        }
        if (!(v instanceof JsonValue.Arr a)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
        }
        int n = a.elements().size();
        int i = index < 0 ? n + index : index;
        if (i < 0 || i >= n) {
            return v;
        }
        List<JsonValue> out = new ArrayList<>(a.elements());
        out.remove(i);
        return new JsonValue.Arr(List.copyOf(out));
    }

    /** {@code #-}: removes the value at a path. */
    public static JsonValue deletePath(JsonValue v, List<String> path) {
        if (JsonValue.isScalar(v)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete path in scalar");
        }
        if (path.isEmpty()) {
            return v;
        }
        return modify(v, path, 0, null, Mode.DELETE);
    }

    public static JsonValue set(JsonValue v, List<String> path, JsonValue newValue, boolean create) {
        if (JsonValue.isScalar(v)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        if (path.isEmpty()) {
            return v;
        }
        return modify(v, path, 0, newValue, create ? Mode.SET_CREATE : Mode.SET);
    }

    public static JsonValue insert(JsonValue v, List<String> path, JsonValue newValue, boolean after) {
        if (JsonValue.isScalar(v)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        if (path.isEmpty()) {
            return v;
        }
        return modify(v, path, 0, newValue, after ? Mode.INSERT_AFTER : Mode.INSERT_BEFORE);
    }

    private enum Mode { DELETE, SET, SET_CREATE, INSERT_BEFORE, INSERT_AFTER }

    /** setPath in jsonfuncs.c. */
    private static JsonValue modify(JsonValue v, List<String> path, int level, JsonValue nv, Mode mode) {
        String step = path.get(level);
        if (step == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "path element at position " + (level + 1) + " is null");
        }
        boolean last = level == path.size() - 1;
        if (v instanceof JsonValue.Obj o) {
            List<JsonValue.Member> out = new ArrayList<>();
            boolean found = false;
            for (JsonValue.Member m : o.members()) {
                if (!m.key().equals(step)) {
                    out.add(m);
                    continue;
                }
                found = true;
                if (last) {
                    if (mode == Mode.INSERT_BEFORE || mode == Mode.INSERT_AFTER) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                                .withHint("Try using the function jsonb_set to replace key value.");
                    }
                    if (mode != Mode.DELETE) {
                        out.add(new JsonValue.Member(m.key(), nv));
                    }
                } else if (JsonValue.isScalar(m.value())) {
                    out.add(m);
                } else {
                    out.add(new JsonValue.Member(m.key(), modify(m.value(), path, level + 1, nv, mode)));
                }
            }
            if (!found && last && mode != Mode.DELETE && mode != Mode.SET) {
                out.add(new JsonValue.Member(step, nv));
                return Jsonb.object(out);
            }
            return new JsonValue.Obj(List.copyOf(out));
        }
        if (v instanceof JsonValue.Arr a) {
            Integer idx = parseIndex(step);
            if (idx == null) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "path element at position " + (level + 1)
                        + " is not an integer: \"" + step + "\"");
            }
            List<JsonValue> out = new ArrayList<>(a.elements());
            int n = out.size();
            int i = idx < 0 ? n + idx : idx;
            if (last) {
                switch (mode) {
                    case DELETE -> {
                        if (i >= 0 && i < n) {
                            out.remove(i);
                        }
                    }
                    case SET, SET_CREATE -> {
                        if (i >= 0 && i < n) {
                            out.set(i, nv);
                        } else if (mode == Mode.SET_CREATE) {
                            out.add(i < 0 ? 0 : n, nv);
                        }
                    }
                    default -> {
                        int at = i < 0 ? 0 : i >= n ? n : mode == Mode.INSERT_AFTER ? i + 1 : i;
                        out.add(at, nv);
                    }
                }
            } else if (i >= 0 && i < n && !JsonValue.isScalar(out.get(i))) {
                out.set(i, modify(out.get(i), path, level + 1, nv, mode));
            }
            return new JsonValue.Arr(List.copyOf(out));
        }
        return v;
    }

    /** jsonb_strip_nulls / json_strip_nulls: drops object members whose value is null, recursively. */
    public static JsonValue stripNulls(JsonValue v) {
        return switch (v) {
            case JsonValue.Obj o -> new JsonValue.Obj(o.members().stream()
                    .filter(m -> !(m.value() instanceof JsonValue.Null))
                    .map(m -> new JsonValue.Member(m.key(), stripNulls(m.value()))).toList());
            case JsonValue.Arr a -> new JsonValue.Arr(a.elements().stream().map(JsonbOps::stripNulls).toList());
            default -> v;
        };
    }
}
