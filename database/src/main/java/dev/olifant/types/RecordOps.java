package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * Ordering and hashing of records (btrecordcmp, hash_record): field by field, each with its
 * type's default ordering, a null field sorting after any value and equal to another null.
 */
final class RecordOps {
    private RecordOps() {
    }

    static int compare(RowValue a, RowValue b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            // the field types are checked before the values, null or not, as record_cmp does
            PgType tx = a.descriptor().field(i).type();
            PgType ty = b.descriptor().field(i).type();
            if (!tx.equals(ty)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot compare dissimilar column types "
                        + Typmods.format(tx, -1) + " and " + Typmods.format(ty, -1) + " at record column " + (i + 1));
            }
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? 1 : -1;
                }
                continue;
            }
            int c = ValueOps.comparator(tx).compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        if (a.size() != b.size()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "cannot compare record types with different numbers of columns");
        }
        return 0;
    }

    /** A hash consistent with {@link #compare} returning 0. */
    static int hash(RowValue r) {
        int h = r.size();
        for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            h = h * 31 + (v == null ? 0 : ValueOps.hash(r.descriptor().field(i).type(), v));
        }
        return h;
    }
}
