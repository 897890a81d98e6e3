package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * The text input and output functions of the built-in types (typinput / typoutput): what psql
 * prints and what a literal or a text-format bind parameter is read as.
 */
public final class TextIO {
    private TextIO() {
    }

    /** The type's output function applied to a non-null value. */
    public static String output(PgType type, Object value, FormatSettings settings, RegLookup reg) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "no output function for type " + type.name());
    }

    /** The type's input function, followed by the typmod's length coercion ({@code typmod} -1 = none). */
    public static Object input(PgType type, int typmod, String text, FormatSettings settings, RegLookup reg) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "no input function for type " + type.name());
    }
}
