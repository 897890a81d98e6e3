package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.json.Json;
import dev.olifant.types.json.JsonValue;
import dev.olifant.types.json.JsonbOps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The set-returning json functions: json[b]_each[_text] (rows of key and value),
 * json[b]_array_elements[_text] and json[b]_object_keys.
 */
final class JsonSets {
    private JsonSets() {
    }

    private static void srf(BuiltinCatalog c, String name, PgType result, Invokable body, PgType arg,
            SetReturningFunctions.OutColumn... columns) {
        c.add(new FunctionDef(name, List.of(arg), result, true, Volatility.IMMUTABLE, 0, false, true, Binder.of(body)));
        if (columns.length > 0) {
            SetReturningFunctions.declareColumns(name, List.of(columns));
        }
    }

    private static SetReturningFunctions.OutColumn col(String name, PgType type) {
        return new SetReturningFunctions.OutColumn(name, type);
    }

    static void register(BuiltinCatalog c) {
        PgType jb = Types.JSONB;
        PgType j = Types.JSON;
        PgType t = Types.TEXT;
        srf(c, "jsonb_each", Types.RECORD, (ctx, a) -> jsonbEach(a[0], false, "jsonb_each"), jb,
                col("key", t), col("value", jb));
        srf(c, "jsonb_each_text", Types.RECORD, (ctx, a) -> jsonbEach(a[0], true, "jsonb_each_text"), jb,
                col("key", t), col("value", t));
        srf(c, "json_each", Types.RECORD, (ctx, a) -> jsonEach(a[0], false, "json_each"), j,
                col("key", t), col("value", j));
        srf(c, "json_each_text", Types.RECORD, (ctx, a) -> jsonEach(a[0], true, "json_each_text"), j,
                col("key", t), col("value", t));
        srf(c, "jsonb_array_elements", jb, (ctx, a) -> jsonbElements(a[0], false), jb, col("value", jb));
        srf(c, "jsonb_array_elements_text", t, (ctx, a) -> jsonbElements(a[0], true), jb, col("value", t));
        srf(c, "json_array_elements", j, (ctx, a) -> jsonElements(a[0], false), j, col("value", j));
        srf(c, "json_array_elements_text", t, (ctx, a) -> jsonElements(a[0], true), j, col("value", t));
        srf(c, "jsonb_object_keys", t, (ctx, a) -> keys(JsonFunctions.tree(a[0]), "jsonb_object_keys"), jb);
        srf(c, "json_object_keys", t, (ctx, a) -> keys(Json.parse((String) a[0]).root(), "json_object_keys"), j);
    }

    private static Iterator<Object> jsonbEach(Object doc, boolean asText, String fn) {
        JsonValue v = JsonFunctions.tree(doc);
        if (!(v instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + fn + " on a non-object");
        }
        List<Object> rows = new ArrayList<>();
        for (JsonValue.Member m : o.members()) {
            rows.add(new Object[] {m.key(), asText ? JsonbOps.asText(m.value()) : JsonFunctions.out(m.value())});
        }
        return rows.iterator();
    }

    private static Iterator<Object> jsonEach(Object doc, boolean asText, String fn) {
        Json.Doc d = Json.parse((String) doc);
        if (!(d.root() instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + fn + " on a non-object");
        }
        List<Object> rows = new ArrayList<>();
        for (String[] kv : Json.members(d, o, asText)) {
            rows.add(new Object[] {kv[0], kv[1]});
        }
        return rows.iterator();
    }

    private static PgException notArray(JsonValue v) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, v instanceof JsonValue.Obj
                ? "cannot extract elements from an object" : "cannot extract elements from a scalar");
    }

    private static Iterator<Object> jsonbElements(Object doc, boolean asText) {
        JsonValue v = JsonFunctions.tree(doc);
        if (!(v instanceof JsonValue.Arr a)) {
            throw notArray(v);
        }
        List<Object> out = new ArrayList<>();
        for (JsonValue e : a.elements()) {
            out.add(asText ? JsonbOps.asText(e) : JsonFunctions.out(e));
        }
        return out.iterator();
    }

    private static Iterator<Object> jsonElements(Object doc, boolean asText) {
        Json.Doc d = Json.parse((String) doc);
        if (!(d.root() instanceof JsonValue.Arr a)) {
            throw notArray(d.root());
        }
        return Json.elements(d, a, asText);
    }

    private static Iterator<Object> keys(JsonValue v, String fn) {
        if (!(v instanceof JsonValue.Obj o)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + fn + " on "
                    + (v instanceof JsonValue.Arr ? "an array" : "a scalar"));
        }
        List<Object> out = new ArrayList<>();
        o.members().forEach(m -> out.add(m.key()));
        return out.iterator();
    }
}
