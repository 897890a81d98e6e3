package dev.olifant.sql.analyze;

import dev.olifant.types.PgType;

/**
 * Where a resolved column reference reads its value. {@code levelsUp} 0 = the current query.
 * A system column has a negative {@code column}: its attribute number (tableoid is -6), and
 * {@code slot} is the entry's tuple id slot.
 */
record ColumnBinding(RangeEntry entry, int column, int slot, PgType type, int typmod, int levelsUp) {

    /** The tableoid system column's attribute number (PostgreSQL's TableOidAttributeNumber). */
    static final int TABLEOID = -6;

    boolean isSystem() {
        return column < 0;
    }

    /** The column's attribute number in its table (0 when it is not a table column). */
    int attnum() {
        return column < 0 ? column : entry.attnums()[column];
    }

    /** The table OID RowDescription reports for the column: 0 unless it is a table's column. */
    long reportedTableOid() {
        return attnum() == 0 ? 0 : entry.tableOid();
    }

    /** The system column {@code name} of a FROM item that is a table, or null. */
    static ColumnBinding system(RangeEntry e, String name, int levelsUp) {
        if (!name.equals("tableoid") || e.tableOid() == 0) {
            return null;
        }
        return new ColumnBinding(e, TABLEOID, e.tidSlot(), dev.olifant.types.Types.OID, -1, levelsUp);
    }
}
