package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import java.math.BigDecimal;

/** A value's text form (its type's output function), as concat, format and {@code ||} need it. */
final class TextOut {
    private TextOut() {
    }

    static String of(PgType type, Object value, EvalContext ctx) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        return TextIO.output(type, value, ctx.settings(), ctx.regLookup());
    }
}
