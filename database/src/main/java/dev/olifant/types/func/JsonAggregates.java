package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.json.Json;
import dev.olifant.types.json.JsonValue;
import dev.olifant.types.json.Jsonb;
import dev.olifant.types.json.ToJson;
import java.util.ArrayList;
import java.util.List;

/** json_agg, jsonb_agg, json_object_agg and jsonb_object_agg; null inputs become JSON nulls. */
final class JsonAggregates {
    private JsonAggregates() {
    }

    static void register(BuiltinCatalog c) {
        c.add(new AggregateDef("jsonb_agg", List.of(Types.ANYELEMENT), Types.JSONB, false,
                (a, r) -> () -> new JsonbAgg(a.get(0))));
        c.add(new AggregateDef("json_agg", List.of(Types.ANYELEMENT), Types.JSON, false,
                (a, r) -> () -> new JsonAgg(a.get(0))));
        c.add(new AggregateDef("jsonb_object_agg", List.of(Types.ANY, Types.ANY), Types.JSONB, false,
                (a, r) -> () -> new JsonbObjectAgg(a.get(0), a.get(1))));
        c.add(new AggregateDef("json_object_agg", List.of(Types.ANY, Types.ANY), Types.JSON, false,
                (a, r) -> () -> new JsonObjectAgg(a.get(0), a.get(1))));
    }

    private static String key(PgType type, Object v, EvalContext ctx) {
        if (v == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "field name must not be null");
        }
        return TextOut.of(type, v, ctx);
    }

    static final class JsonbAgg implements AggregateState {
        private final PgType type;
        private List<JsonValue> values;

        JsonbAgg(PgType type) {
            this.type = type;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            if (values == null) {
                values = new ArrayList<>();
            }
            values.add(ToJson.jsonb(type, args[0], ctx));
        }

        @Override
        public Object result(EvalContext ctx) {
            return values == null ? null : Jsonb.text(new JsonValue.Arr(values));
        }
    }

    static final class JsonAgg implements AggregateState {
        private final PgType type;
        private StringBuilder sb;

        JsonAgg(PgType type) {
            this.type = type;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            sb = sb == null ? new StringBuilder("[") : sb.append(", ");
            ToJson.json(sb, type, args[0], ctx);
        }

        @Override
        public Object result(EvalContext ctx) {
            return sb == null ? null : sb + "]";
        }
    }

    static final class JsonbObjectAgg implements AggregateState {
        private final PgType keyType;
        private final PgType valueType;
        private List<JsonValue.Member> members;

        JsonbObjectAgg(PgType keyType, PgType valueType) {
            this.keyType = keyType;
            this.valueType = valueType;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            if (members == null) {
                members = new ArrayList<>();
            }
            members.add(new JsonValue.Member(key(keyType, args[0], ctx), ToJson.jsonb(valueType, args[1], ctx)));
        }

        @Override
        public Object result(EvalContext ctx) {
            return members == null ? null : Jsonb.text(Jsonb.object(members));
        }
    }

    static final class JsonObjectAgg implements AggregateState {
        private final PgType keyType;
        private final PgType valueType;
        private StringBuilder sb;

        JsonObjectAgg(PgType keyType, PgType valueType) {
            this.keyType = keyType;
            this.valueType = valueType;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            String k = key(keyType, args[0], ctx);
            sb = sb == null ? new StringBuilder("{ ") : sb.append(", ");
            Json.quote(sb, k);
            sb.append(" : ");
            ToJson.json(sb, valueType, args[1], ctx);
        }

        @Override
        public Object result(EvalContext ctx) {
            return sb == null ? null : sb + " }";
        }
    }
}
