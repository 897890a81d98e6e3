package dev.olifant.sql.analyze;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * One item of a FROM clause as name resolution sees it: a name (alias), its visible columns and
 * where each column sits in the rows the FROM clause produces.
 *
 * @param tableOid the table the columns come from (0 when not a table), for RowDescription
 * @param attnums  attribute numbers in that table (0 when not a table column)
 * @param tidSlot  the slot holding the tuple id of a table's row, or -1
 */
public record RangeEntry(String alias, List<String> names, List<PgType> types, List<Integer> typmods, int[] slots,
        long tableOid, int[] attnums, int tidSlot) {

    public int indexOf(String column) {
        return names.indexOf(column);
    }

    /** The same entry with every slot moved by {@code delta} (its rows now start later in a join row). */
    public RangeEntry shifted(int delta) {
        int[] s = slots.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += delta;
        }
        return new RangeEntry(alias, names, types, typmods, s, tableOid, attnums, tidSlot < 0 ? -1 : tidSlot + delta);
    }
}
