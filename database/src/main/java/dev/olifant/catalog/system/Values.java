package dev.olifant.catalog.system;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;

/** Builders for the values of catalog columns, in the engine's value representation. */
final class Values {
    private Values() {
    }

    static Short int2(int v) {
        return (short) v;
    }

    /** A "char" value; PostgreSQL's '\0' reads as the empty string. */
    static String ch(char c) {
        return c == 0 ? "" : String.valueOf(c);
    }

    static ArrayValue int2Array(List<Integer> v) {
        Object[] e = new Object[v.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = (short) (int) v.get(i);
        }
        return ArrayValue.oneDimensional(Types.INT2, e);
    }

    static ArrayValue oidArray(List<Long> v) {
        return ArrayValue.oneDimensional(Types.OID, v.toArray());
    }

    static ArrayValue textArray(List<String> v) {
        return ArrayValue.oneDimensional(Types.TEXT, v.toArray());
    }

    static ArrayValue aclArray(String... items) {
        return ArrayValue.oneDimensional(Types.ACLITEM, items);
    }

    /** int2vector / oidvector: one dimension with lower bound 0. */
    static ArrayValue vector(PgType element, Object[] elements) {
        if (elements.length == 0) {
            return new ArrayValue(element, new int[0], new int[0], elements);
        }
        return new ArrayValue(element, new int[] {elements.length}, new int[] {0}, elements);
    }

    static ArrayValue int2Vector(List<Integer> v) {
        Object[] e = new Object[v.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = (short) (int) v.get(i);
        }
        return vector(Types.INT2, e);
    }

    static ArrayValue oidVector(long[] v) {
        Object[] e = new Object[v.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = v[i];
        }
        return vector(Types.OID, e);
    }
}
