package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.HashMap;
import java.util.Map;

/** The variables of one block (and, through {@code parent}, of the blocks around it). */
final class Scope {

    /** A variable; a record variable's value is a {@link PlRow} (or null while unassigned). */
    static final class Var {
        final String name;
        final PgType type;
        final boolean constant;
        final boolean notNull;
        Object value;

        Var(String name, PgType type, boolean constant, boolean notNull, Object value) {
            this.name = name;
            this.type = type;
            this.constant = constant;
            this.notNull = notNull;
            this.value = value;
        }

        boolean isRecord() {
            return type == Types.RECORD;
        }

        PlRow row() {
            if (!(value instanceof PlRow r)) {
                throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "record \"" + name
                        + "\" is not assigned yet").withDetail(
                        "The tuple structure of a not-yet-assigned record is indeterminate.");
            }
            return r;
        }
    }

    final Scope parent;
    final String label;
    private final Map<String, Var> vars = new HashMap<>();

    Scope(Scope parent, String label) {
        this.parent = parent;
        this.label = label;
    }

    Var declare(String name, PgType type, boolean constant, boolean notNull, Object value) {
        Var v = new Var(name, type, constant, notNull, value);
        vars.put(name, v);
        return v;
    }

    void alias(String name, Var v) {
        vars.put(name, v);
    }

    Var find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Var v = s.vars.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code label.name}: a variable of the block labelled {@code label}. */
    Var find(String label, String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (label.equals(s.label)) {
                return s.vars.get(name);
            }
        }
        return null;
    }
}
