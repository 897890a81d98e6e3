package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Alias;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * The range entry of an aliased join {@code (a JOIN b ...) AS j(c1, ...)}: one name for the join's
 * output columns (USING columns once, first), in the join row's own slots. The joined items'
 * names are not visible beside it.
 */
final class JoinAliases {
    private JoinAliases() {
    }

    static RangeEntry entry(Alias alias, List<ColumnBinding> columns) {
        if (alias.columns().size() > columns.size()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "join expression \"" + alias.name() + "\" has "
                    + columns.size() + " columns available but " + alias.columns().size() + " columns specified");
        }
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        int[] slots = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnBinding b = columns.get(i);
            names.add(i < alias.columns().size() ? alias.columns().get(i) : b.entry().names().get(b.column()));
            types.add(b.type());
            typmods.add(b.typmod());
            slots[i] = b.slot();
        }
        return new RangeEntry(alias.name(), names, types, typmods, slots, 0, new int[columns.size()], -1);
    }
}
