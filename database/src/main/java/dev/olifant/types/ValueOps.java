package dev.olifant.types;

import java.util.Comparator;

/** Ordering, equality and hashing of values with PostgreSQL's semantics (btree and hash opclasses). */
public final class ValueOps {
    private ValueOps() {
    }

    /** Orders non-null values of {@code type}. */
    public static Comparator<Object> comparator(PgType type) {
        throw new UnsupportedOperationException(type.name());
    }

    public static boolean equal(PgType type, Object a, Object b) {
        return comparator(type).compare(a, b) == 0;
    }

    public static int hash(PgType type, Object v) {
        return v.hashCode();
    }

    /** Compares values of two numeric types as PostgreSQL's cross-type comparison operators do. */
    public static int compareAcross(PgType a, Object x, PgType b, Object y) {
        throw new UnsupportedOperationException(a.name() + " vs " + b.name());
    }
}
