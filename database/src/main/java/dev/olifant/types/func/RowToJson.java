package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.json.Json;
import dev.olifant.types.json.JsonValue;
import dev.olifant.types.json.Jsonb;
import dev.olifant.types.json.ToJson;
import java.util.ArrayList;
import java.util.List;

/** A row as a JSON object: to_jsonb(row) (normalized) and to_json / row_to_json (compact, column order). */
public final class RowToJson {
    private RowToJson() {
    }

    public static Invokable of(boolean jsonb, List<String> names, List<PgType> types) {
        if (jsonb) {
            return (ctx, a) -> {
                List<JsonValue.Member> members = new ArrayList<>(a.length);
                for (int i = 0; i < a.length; i++) {
                    members.add(new JsonValue.Member(names.get(i), ToJson.jsonb(types.get(i), a[i], ctx)));
                }
                return Jsonb.text(Jsonb.object(members));
            };
        }
        return (ctx, a) -> {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? "," : "");
                Json.quote(sb, names.get(i));
                sb.append(':');
                ToJson.json(sb, types.get(i), a[i], ctx);
            }
            return sb.append('}').toString();
        };
    }
}
