package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** Type modifiers (atttypmod): encoding from a type name's modifiers, format_type, length coercion. */
public final class Typmods {
    private Typmods() {
    }

    public static int encode(PgType type, int[] modifiers) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "type modifier is not allowed for type \"" + type.name() + "\"");
    }

    public static String format(PgType type, int typmod) {
        return type.name();
    }

    public static Object apply(PgType type, int typmod, Object value, boolean explicit) {
        return value;
    }
}
