package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.Arrays;

/**
 * The types of a statement's parameters: those the client declared in Parse, and those inferred
 * from where an undeclared ({@code unknown}) parameter is used, as PostgreSQL's
 * variable-parameter mode does. Parameters never used in a typed context end up as text.
 */
public final class ParamTypes {
    private PgType[] types;
    private final boolean fixed;

    public ParamTypes(PgType[] declared, boolean allowMore) {
        this.types = declared.clone();
        this.fixed = !allowMore;
    }

    public PgType get(int index) {
        if (index >= types.length) {
            if (fixed) {
                throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $" + (index + 1));
            }
            int old = types.length;
            types = Arrays.copyOf(types, index + 1);
            Arrays.fill(types, old, types.length, Types.UNKNOWN);
        }
        PgType t = types[index];
        return t == null ? Types.UNKNOWN : t;
    }

    /** Fixes an unknown parameter's type from its context. */
    public void infer(int index, PgType type, int location) {
        PgType current = get(index);
        if (current == Types.UNKNOWN) {
            types[index] = type;
        } else if (!current.equals(type)) {
            throw new PgException(SqlState.AMBIGUOUS_PARAMETER, "inconsistent types deduced for parameter $"
                    + (index + 1)).withDetail(current.name() + " versus " + type.name()).withPosition(location + 1);
        }
    }

    /** The final types: unknown ones become text. */
    public PgType[] resolved() {
        PgType[] out = types.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null || out[i] == Types.UNKNOWN) {
                out[i] = Types.TEXT;
            }
        }
        return out;
    }

    public int count() {
        return types.length;
    }
}
