package dev.olifant.exec.plan;

import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;

/** A tuple of values used as a hash table key, with each type's own equality and hash. */
final class HashKey {
    private final Object[] values;
    private final PgType[] types;
    private final int hash;

    HashKey(Object[] values, PgType[] types) {
        this.values = values;
        this.types = types;
        int h = 1;
        for (int i = 0; i < values.length; i++) {
            h = h * 31 + (values[i] == null ? 0 : ValueOps.hash(types[i], values[i]));
        }
        this.hash = h;
    }

    Object[] values() {
        return values;
    }

    /** True when some value is NULL (such keys never join). */
    boolean hasNull() {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Grouping equality: NULLs are equal to each other, as GROUP BY and DISTINCT need. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HashKey k) || k.hash != hash) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = k.values[i];
            if (a == null || b == null) {
                if (a != b) {
                    return false;
                }
            } else if (!ValueOps.equal(types[i], a, b)) {
                return false;
            }
        }
        return true;
    }
}
