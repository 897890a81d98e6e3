package dev.olifant.types.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed JSON document as an immutable tree. A jsonb value is always normalized: object
 * members sorted in jsonb key order (shorter keys first, then bytewise) with no duplicate keys;
 * a json value parsed for navigation keeps its members in written order, duplicates included.
 */
public sealed interface JsonValue {

    /** The name json_typeof / jsonb_typeof report. */
    String typeName();

    record Null() implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }

    record Bool(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record Num(BigDecimal value) implements JsonValue {
        @Override
        public String typeName() {
            return "number";
        }
    }

    record Str(String value) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record Arr(List<JsonValue> elements) implements JsonValue {
        @Override
        public String typeName() {
            return "array";
        }
    }

    /** An object; {@code members} in jsonb key order for jsonb, in written order for json. */
    record Obj(List<Member> members) implements JsonValue {
        @Override
        public String typeName() {
            return "object";
        }

        /** The member's value (the last one of that key, as json's and jsonb's lookups find it), or null. */
        public JsonValue get(String key) {
            JsonValue found = null;
            for (Member m : members) {
                if (m.key().equals(key)) {
                    found = m.value();
                }
            }
            return found;
        }
    }

    record Member(String key, JsonValue value) {
    }

    static boolean isScalar(JsonValue v) {
        return !(v instanceof Arr) && !(v instanceof Obj);
    }
}
