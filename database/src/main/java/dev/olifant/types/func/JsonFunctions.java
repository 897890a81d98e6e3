package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.json.Json;
import dev.olifant.types.json.JsonValue;
import dev.olifant.types.json.Jsonb;
import dev.olifant.types.json.JsonbOps;
import dev.olifant.types.json.ToJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The json and jsonb operators and scalar functions: access ({@code -> ->> #> #>>}),
 * containment and existence, {@code || - #-}, the builders (json[b]_build_object/array,
 * to_json[b]), and jsonb_set/insert/strip_nulls/pretty, typeof and array_length. The bodies
 * work on {@link dev.olifant.types.json} trees; jsonb values are their canonical text.
 */
final class JsonFunctions {
    private JsonFunctions() {
    }

    private static final PgType JB = Types.JSONB;
    private static final PgType J = Types.JSON;
    private static final PgType T = Types.TEXT;
    private static final PgType I = Types.INT4;
    private static final PgType B = Types.BOOL;
    private static final PgType TA = Types.TEXT_ARRAY;

    static JsonValue tree(Object jsonb) {
        return Jsonb.parse((String) jsonb);
    }

    static String out(JsonValue v) {
        return v == null ? null : Jsonb.text(v);
    }

    static List<String> path(Object textArray) {
        ArrayValue a = (ArrayValue) textArray;
        List<String> out = new ArrayList<>(a.elements().length);
        for (Object e : a.elements()) {
            out.add((String) e);
        }
        return out;
    }

    private static List<String> keys(Object textArray) {
        return path(textArray);
    }

    static void register(BuiltinCatalog c) {
        // jsonb access
        c.op("->", JB, T, JB, "jsonb_object_field", (ctx, a) -> out(JsonbOps.field(tree(a[0]), (String) a[1])));
        c.op("->", JB, I, JB, "jsonb_array_element", (ctx, a) -> out(JsonbOps.element(tree(a[0]), (Integer) a[1])));
        c.op("->>", JB, T, T, "jsonb_object_field_text",
                (ctx, a) -> JsonbOps.asText(JsonbOps.field(tree(a[0]), (String) a[1])));
        c.op("->>", JB, I, T, "jsonb_array_element_text",
                (ctx, a) -> JsonbOps.asText(JsonbOps.element(tree(a[0]), (Integer) a[1])));
        c.op("#>", JB, TA, JB, "jsonb_extract_path_op", (ctx, a) -> out(JsonbOps.path(tree(a[0]), path(a[1]))));
        c.op("#>>", JB, TA, T, "jsonb_extract_path_text_op",
                (ctx, a) -> JsonbOps.asText(JsonbOps.path(tree(a[0]), path(a[1]))));
        // json access
        c.op("->", J, T, J, "json_object_field", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.text(JsonbOps.field(d.root(), (String) a[1]));
        });
        c.op("->", J, I, J, "json_array_element", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.text(JsonbOps.element(d.root(), (Integer) a[1]));
        });
        c.op("->>", J, T, T, "json_object_field_text", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.asText(JsonbOps.field(d.root(), (String) a[1]));
        });
        c.op("->>", J, I, T, "json_array_element_text", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.asText(JsonbOps.element(d.root(), (Integer) a[1]));
        });
        c.op("#>", J, TA, J, "json_extract_path_op", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.text(JsonbOps.path(d.root(), path(a[1])));
        });
        c.op("#>>", J, TA, T, "json_extract_path_text_op", (ctx, a) -> {
            Json.Doc d = Json.parse((String) a[0]);
            return d.asText(JsonbOps.path(d.root(), path(a[1])));
        });
        // containment, existence, modification
        c.op("@>", JB, JB, B, "jsonb_contains", (ctx, a) -> JsonbOps.contains(tree(a[0]), tree(a[1])));
        c.op("<@", JB, JB, B, "jsonb_contained", (ctx, a) -> JsonbOps.contains(tree(a[1]), tree(a[0])));
        c.op("?", JB, T, B, "jsonb_exists", (ctx, a) -> JsonbOps.exists(tree(a[0]), (String) a[1]));
        c.op("?|", JB, TA, B, "jsonb_exists_any", (ctx, a) -> {
            JsonValue v = tree(a[0]);
            return keys(a[1]).stream().anyMatch(k -> k != null && JsonbOps.exists(v, k));
        });
        c.op("?&", JB, TA, B, "jsonb_exists_all", (ctx, a) -> {
            JsonValue v = tree(a[0]);
            return keys(a[1]).stream().allMatch(k -> k == null || JsonbOps.exists(v, k));
        });
        c.op("||", JB, JB, JB, "jsonb_concat", (ctx, a) -> out(JsonbOps.concat(tree(a[0]), tree(a[1]))));
        c.op("-", JB, T, JB, "jsonb_delete", (ctx, a) -> out(JsonbOps.delete(tree(a[0]), (String) a[1])));
        c.op("-", JB, I, JB, "jsonb_delete", (ctx, a) -> out(JsonbOps.delete(tree(a[0]), (Integer) a[1])));
        c.op("-", JB, TA, JB, "jsonb_delete", (ctx, a) -> {
            JsonValue v = tree(a[0]);
            for (String k : keys(a[1])) {
                if (k != null) {
                    v = JsonbOps.delete(v, k);
                }
            }
            return out(v);
        });
        c.op("#-", JB, TA, JB, "jsonb_delete_path", (ctx, a) -> out(JsonbOps.deletePath(tree(a[0]), path(a[1]))));
        c.add(new FunctionDef("jsonb_set", List.of(JB, TA, JB, B), JB, true, Volatility.IMMUTABLE, 1, false, false,
                Binder.of((ctx, a) -> out(JsonbOps.set(tree(a[0]), path(a[1]), tree(a[2]),
                        a.length < 4 || (Boolean) a[3])))));
        c.add(new FunctionDef("jsonb_insert", List.of(JB, TA, JB, B), JB, true, Volatility.IMMUTABLE, 1, false, false,
                Binder.of((ctx, a) -> out(JsonbOps.insert(tree(a[0]), path(a[1]), tree(a[2]),
                        a.length > 3 && (Boolean) a[3])))));
        c.fn("jsonb_strip_nulls", JB, (ctx, a) -> out(JsonbOps.stripNulls(tree(a[0]))), JB);
        c.fn("json_strip_nulls", J, (ctx, a) -> Json.stripNulls((String) a[0]), J);
        c.fn("jsonb_pretty", T, (ctx, a) -> Json.pretty(tree(a[0])), JB);
        c.fn("jsonb_typeof", T, (ctx, a) -> tree(a[0]).typeName(), JB);
        c.fn("json_typeof", T, (ctx, a) -> Json.parse((String) a[0]).root().typeName(), J);
        c.fn("jsonb_array_length", I, (ctx, a) -> arrayLength(tree(a[0]), "array length"), JB);
        c.fn("json_array_length", I, (ctx, a) -> arrayLength(Json.parse((String) a[0]).root(), "array length"), J);
        c.add(new FunctionDef("jsonb_extract_path", List.of(JB, T), JB, true, Volatility.IMMUTABLE, 0, true, false,
                Binder.of((ctx, a) -> out(JsonbOps.path(tree(a[0]), restAsList(a))))));
        c.add(new FunctionDef("jsonb_extract_path_text", List.of(JB, T), T, true, Volatility.IMMUTABLE, 0, true, false,
                Binder.of((ctx, a) -> JsonbOps.asText(JsonbOps.path(tree(a[0]), restAsList(a))))));
        ComparisonOperators.comparisons(c, JB, JB, "jsonb_", (x, y) -> Jsonb.compare((String) x, (String) y));
        registerBuilders(c);
        JsonPathFunctions.register(c);
        JsonSets.register(c);
        JsonAggregates.register(c);
    }

    private static List<String> restAsList(Object[] a) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            out.add((String) a[i]);
        }
        return out;
    }

    private static int arrayLength(JsonValue v, String what) {
        if (v instanceof JsonValue.Arr a) {
            return a.elements().size();
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, JsonValue.isScalar(v)
                ? "cannot get array length of a scalar" : "cannot get array length of a non-array");
    }

    private static void registerBuilders(BuiltinCatalog c) {
        Volatility st = Volatility.STABLE;
        c.add(new FunctionDef("jsonb_build_object", List.of(Types.ANY), JB, false, st, 0, true, false,
                (args, res) -> (ctx, a) -> buildObjectJsonb(ctx, args, a)));
        c.add(new FunctionDef("jsonb_build_object", List.of(), JB, false, st, 0, false, false,
                Binder.of((ctx, a) -> "{}")));
        c.add(new FunctionDef("json_build_object", List.of(Types.ANY), J, false, st, 0, true, false,
                (args, res) -> (ctx, a) -> buildObjectJson(ctx, args, a)));
        c.add(new FunctionDef("json_build_object", List.of(), J, false, st, 0, false, false,
                Binder.of((ctx, a) -> "{}")));
        c.add(new FunctionDef("jsonb_build_array", List.of(Types.ANY), JB, false, st, 0, true, false,
                (args, res) -> (ctx, a) -> {
                    List<JsonValue> out = new ArrayList<>();
                    for (int i = 0; i < a.length; i++) {
                        out.add(ToJson.jsonb(args.get(i), a[i], ctx));
                    }
                    return out(new JsonValue.Arr(out));
                }));
        c.add(new FunctionDef("jsonb_build_array", List.of(), JB, false, st, 0, false, false, Binder.of((ctx, a) -> "[]")));
        c.add(new FunctionDef("json_build_array", List.of(Types.ANY), J, false, st, 0, true, false,
                (args, res) -> (ctx, a) -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = 0; i < a.length; i++) {
                        sb.append(i > 0 ? ", " : "");
                        ToJson.json(sb, args.get(i), a[i], ctx);
                    }
                    return sb.append(']').toString();
                }));
        c.add(new FunctionDef("json_build_array", List.of(), J, false, st, 0, false, false, Binder.of((ctx, a) -> "[]")));
        c.fnBound("to_jsonb", JB, true, st, (args, res) -> (ctx, a) -> out(ToJson.jsonb(args.get(0), a[0], ctx)),
                Types.ANYELEMENT);
        c.fnBound("to_json", J, true, st, (args, res) -> (ctx, a) -> ToJson.json(args.get(0), a[0], ctx),
                Types.ANYELEMENT);
        c.fnBound("row_to_json", J, true, st, (args, res) -> (ctx, a) -> ToJson.json(Types.RECORD, a[0], ctx),
                Types.RECORD);
        c.fnBound("array_to_json", J, true, st, (args, res) -> (ctx, a) -> ToJson.json(args.get(0), a[0], ctx),
                Types.ANYARRAY);
    }

    private static void checkPairs(Object[] a, String fn) {
        if (a.length % 2 != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument list must have even number of elements")
                    .withHint("The arguments of " + fn + "() must consist of alternating keys and values.");
        }
    }

    private static String key(EvalContext ctx, List<PgType> types, Object[] a, int i) {
        if (a[i] == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "argument " + (i + 1) + ": key must not be null");
        }
        return TextOut.of(types.get(i), a[i], ctx);
    }

    private static String buildObjectJsonb(EvalContext ctx, List<PgType> types, Object[] a) {
        checkPairs(a, "jsonb_build_object");
        List<JsonValue.Member> members = new ArrayList<>();
        for (int i = 0; i < a.length; i += 2) {
            members.add(new JsonValue.Member(key(ctx, types, a, i), ToJson.jsonb(types.get(i + 1), a[i + 1], ctx)));
        }
        return out(Jsonb.object(members));
    }

    private static String buildObjectJson(EvalContext ctx, List<PgType> types, Object[] a) {
        checkPairs(a, "json_build_object");
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < a.length; i += 2) {
            sb.append(i > 0 ? ", " : "");
            Json.quote(sb, key(ctx, types, a, i));
            sb.append(" : ");
            ToJson.json(sb, types.get(i + 1), a[i + 1], ctx);
        }
        return sb.append('}').toString();
    }
}
