package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Array subscripts over several dimensions and slices (arrayfuncs.c array_get_element /
 * array_get_slice), generate_subscripts, array_fill and width_bucket over a thresholds array.
 */
public final class ArraySlices {
    private ArraySlices() {
    }

    static void register(BuiltinCatalog c) {
        PgType aa = Types.ANYARRAY;
        PgType i4 = Types.INT4;
        // unnest(a, b, ...): the arrays side by side, shorter ones padded with nulls
        c.add(new FunctionDef("unnest", List.of(aa, Types.ANY), Types.RECORD, false, Volatility.IMMUTABLE, 0, true,
                true, Binder.of((ctx, a) -> zip(a))));
        c.add(new FunctionDef("generate_subscripts", List.of(aa, i4, Types.BOOL), i4, true, Volatility.IMMUTABLE, 1,
                false, true, Binder.of((ctx, a) -> subscripts((ArrayValue) a[0], (Integer) a[1],
                        a.length > 2 && (Boolean) a[2]))));
        c.add(new FunctionDef("array_fill", List.of(Types.ANYELEMENT, Types.INT4_ARRAY), aa, false, Volatility.IMMUTABLE,
                0, false, false, (args, res) -> (ctx, a) -> fill(args.get(0), a[0], (ArrayValue) a[1], null)));
        c.add(new FunctionDef("array_fill", List.of(Types.ANYELEMENT, Types.INT4_ARRAY, Types.INT4_ARRAY), aa, false,
                Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> fill(args.get(0), a[0], (ArrayValue) a[1], (ArrayValue) a[2])));
        c.add(new FunctionDef("width_bucket", List.of(Types.ANYCOMPATIBLE, Types.ANYCOMPATIBLEARRAY), i4, true,
                Volatility.IMMUTABLE, 0, false, false, (args, res) -> {
                    var cmp = ValueComparators.of(args.get(0));
                    return (ctx, a) -> {
                        int n = 0;
                        for (Object t : ((ArrayValue) a[1]).elements()) {
                            if (cmp.compare(a[0], t) < 0) {
                                break;
                            }
                            n++;
                        }
                        return n;
                    };
                }));
    }

    private static Iterator<Object> zip(Object[] arrays) {
        int n = 0;
        for (Object o : arrays) {
            if (o != null) {
                n = Math.max(n, ((ArrayValue) o).elements().length);
            }
        }
        List<Object> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[arrays.length];
            for (int k = 0; k < arrays.length; k++) {
                Object[] e = arrays[k] == null ? null : ((ArrayValue) arrays[k]).elements();
                row[k] = e != null && i < e.length ? e[i] : null;
            }
            rows.add(row);
        }
        return rows.iterator();
    }

    private static Iterator<Object> subscripts(ArrayValue a, int dim, boolean reverse) {
        if (dim < 1 || dim > a.dimensionCount()) {
            return List.of().iterator();
        }
        int lo = a.lowerBounds()[dim - 1];
        int hi = lo + a.dimensions()[dim - 1] - 1;
        IntStream s = reverse ? IntStream.rangeClosed(lo, hi).map(i -> hi - (i - lo)) : IntStream.rangeClosed(lo, hi);
        return s.mapToObj(i -> (Object) i).iterator();
    }

    private static ArrayValue fill(PgType element, Object value, ArrayValue dims, ArrayValue lbs) {
        if (dims == null) {
            return null;
        }
        int n = dims.elements().length;
        if (lbs != null && lbs.elements().length != n) {
            throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                    .withDetail("Low bound array has different size than dimensions array.");
        }
        int[] d = new int[n];
        int[] l = new int[n];
        int total = 1;
        for (int i = 0; i < n; i++) {
            Object x = dims.elements()[i];
            if (x == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension values cannot be null");
            }
            d[i] = (Integer) x;
            l[i] = lbs == null ? 1 : (Integer) lbs.elements()[i];
            total *= Math.max(d[i], 0);
        }
        if (total == 0) {
            return new ArrayValue(element, new int[0], new int[0], new Object[0]);
        }
        Object[] e = new Object[total];
        Arrays.fill(e, value);
        return new ArrayValue(element, d, l, e);
    }

    /** ARRAY[[...], [...]]: equally shaped arrays stacked into one more dimension. */
    public static ArrayValue stack(PgType element, Object[] arrays) {
        ArrayValue first = null;
        List<Object> out = new ArrayList<>();
        for (Object o : arrays) {
            if (o == null) {
                continue;
            }
            ArrayValue a = (ArrayValue) o;
            if (first == null) {
                first = a;
            } else if (!Arrays.equals(first.dimensions(), a.dimensions())
                    || !Arrays.equals(first.lowerBounds(), a.lowerBounds())) {
                throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR,
                        "multidimensional arrays must have array expressions with matching dimensions");
            }
            out.addAll(Arrays.asList(a.elements()));
        }
        if (first == null || first.dimensionCount() == 0) {
            return new ArrayValue(element, new int[0], new int[0], new Object[0]);
        }
        int nd = first.dimensionCount() + 1;
        int[] dims = new int[nd];
        int[] lbs = new int[nd];
        dims[0] = out.size() / first.elements().length;
        lbs[0] = 1;
        System.arraycopy(first.dimensions(), 0, dims, 1, nd - 1);
        System.arraycopy(first.lowerBounds(), 0, lbs, 1, nd - 1);
        return new ArrayValue(element, dims, lbs, out.toArray());
    }

    /** {@code a[i][j]...}: null when an index is out of range or the count differs from the array's dimensions. */
    public static Object element(ArrayValue a, Object[] indexes) {
        if (a == null || indexes.length != a.dimensionCount()) {
            return null;
        }
        int offset = 0;
        for (int k = 0; k < indexes.length; k++) {
            if (indexes[k] == null) {
                return null;
            }
            int i = (Integer) indexes[k] - a.lowerBounds()[k];
            if (i < 0 || i >= a.dimensions()[k]) {
                return null;
            }
            offset = offset * a.dimensions()[k] + i;
        }
        return a.elements()[offset];
    }

    /**
     * {@code a[l:u]...}: the slice with lower bounds 1; omitted bounds are the array's own; a
     * plain index {@code i} in a slice means {@code 1:i}. Empty when the ranges select nothing.
     */
    public static ArrayValue slice(ArrayValue a, Object[] lowers, Object[] uppers) {
        if (a == null) {
            return null;
        }
        int nd = a.dimensionCount();
        if (nd == 0 || lowers.length > nd) {
            return new ArrayValue(a.elementType(), new int[0], new int[0], new Object[0]);
        }
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        for (int k = 0; k < nd; k++) {
            int alo = a.lowerBounds()[k];
            int ahi = alo + a.dimensions()[k] - 1;
            if (k < lowers.length) {
                if (k < uppers.length && uppers[k] == null && lowers[k] == null) {
                    lo[k] = alo;
                    hi[k] = ahi;
                } else {
                    lo[k] = lowers[k] == null ? alo : Math.max(alo, (Integer) lowers[k]);
                    hi[k] = uppers[k] == null ? ahi : Math.min(ahi, (Integer) uppers[k]);
                }
            } else {
                lo[k] = alo;
                hi[k] = ahi;
            }
            if (lo[k] > hi[k]) {
                return new ArrayValue(a.elementType(), new int[0], new int[0], new Object[0]);
            }
        }
        int[] dims = new int[nd];
        int total = 1;
        for (int k = 0; k < nd; k++) {
            dims[k] = hi[k] - lo[k] + 1;
            total *= dims[k];
        }
        List<Object> out = new ArrayList<>(total);
        int[] idx = lo.clone();
        for (int n = 0; n < total; n++) {
            int offset = 0;
            for (int k = 0; k < nd; k++) {
                offset = offset * a.dimensions()[k] + idx[k] - a.lowerBounds()[k];
            }
            out.add(a.elements()[offset]);
            for (int k = nd - 1; k >= 0; k--) {
                if (++idx[k] <= hi[k]) {
                    break;
                }
                idx[k] = lo[k];
            }
        }
        int[] ones = new int[nd];
        Arrays.fill(ones, 1);
        return new ArrayValue(a.elementType(), dims, ones, out.toArray());
    }
}
