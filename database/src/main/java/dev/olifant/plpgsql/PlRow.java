package dev.olifant.plpgsql;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * A row value in a function: a trigger's NEW / OLD, a record variable, a query's row.
 * {@code values} is mutable so that {@code NEW.col := ...} changes the row a BEFORE trigger returns.
 */
public record PlRow(List<String> names, List<PgType> types, Object[] values) {

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    public PlRow copy() {
        return new PlRow(names, types, values.clone());
    }
}
