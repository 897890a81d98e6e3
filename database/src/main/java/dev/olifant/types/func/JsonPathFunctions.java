package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.json.JsonPath;
import dev.olifant.types.json.JsonValue;
import java.util.List;

/** jsonb_path_query (set-returning), jsonb_path_query_array, jsonb_path_query_first, jsonb_path_exists, jsonb_path_match and {@code @?}. */
final class JsonPathFunctions {
    private JsonPathFunctions() {
    }

    private static List<JsonValue> query(Object[] a) {
        return JsonPath.parse((String) a[1]).query(JsonFunctions.tree(a[0]));
    }

    static void register(BuiltinCatalog c) {
        PgType jb = Types.JSONB;
        PgType jp = Types.JSONPATH;
        c.add(new FunctionDef("jsonb_path_query", List.of(jb, jp), jb, true, Volatility.IMMUTABLE, 0, false, true,
                Binder.of((ctx, a) -> query(a).stream().map(v -> (Object) JsonFunctions.out(v)).iterator())));
        c.fn("jsonb_path_query_array", jb, (ctx, a) -> JsonFunctions.out(new JsonValue.Arr(query(a))), jb, jp);
        c.fn("jsonb_path_query_first", jb, (ctx, a) -> {
            List<JsonValue> r = query(a);
            return r.isEmpty() ? null : JsonFunctions.out(r.get(0));
        }, jb, jp);
        c.fn("jsonb_path_exists", Types.BOOL, (ctx, a) -> !query(a).isEmpty(), jb, jp);
        c.op("@?", jb, jp, Types.BOOL, "jsonb_path_exists_opr", (ctx, a) -> !query(a).isEmpty());
        c.fn("jsonb_path_match", Types.BOOL, (ctx, a) -> {
            List<JsonValue> r = query(a);
            return r.size() == 1 && r.get(0) instanceof JsonValue.Bool b ? b.value() : null;
        }, jb, jp);
    }
}
