package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Array operators and functions (arrayfuncs.c, array_userfuncs.c): concatenation, containment
 * and overlap, dimensions, position search, removal and replacement, array_to_string and
 * string_to_array. Element equality is the element type's comparison; search and removal treat
 * nulls as equal to nulls (IS NOT DISTINCT FROM), containment never matches a null.
 */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    static void register(BuiltinCatalog c) {
        PgType ca = Types.ANYCOMPATIBLEARRAY;
        PgType ce = Types.ANYCOMPATIBLE;
        PgType aa = Types.ANYARRAY;
        PgType i4 = Types.INT4;
        PgType txt = Types.TEXT;
        c.add(new FunctionDef("array_append", List.of(ca, ce), ca, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> append((ArrayValue) a[0], a[1], Types.elementOf(res))));
        c.add(new FunctionDef("array_prepend", List.of(ce, ca), ca, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> prepend(a[0], (ArrayValue) a[1], Types.elementOf(res))));
        c.add(new FunctionDef("array_cat", List.of(ca, ca), ca, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> cat((ArrayValue) a[0], (ArrayValue) a[1])));
        c.add(new OperatorDef("||", ca, ce, ca, "array_append", Volatility.IMMUTABLE,
                (args, res) -> (ctx, a) -> append((ArrayValue) a[0], a[1], Types.elementOf(res))));
        c.add(new OperatorDef("||", ce, ca, ca, "array_prepend", Volatility.IMMUTABLE,
                (args, res) -> (ctx, a) -> prepend(a[0], (ArrayValue) a[1], Types.elementOf(res))));
        c.add(new OperatorDef("||", ca, ca, ca, "array_cat", Volatility.IMMUTABLE,
                (args, res) -> (ctx, a) -> cat((ArrayValue) a[0], (ArrayValue) a[1])));
        c.op("@>", aa, aa, Types.BOOL, "arraycontains", (ctx, a) -> contains((ArrayValue) a[0], (ArrayValue) a[1]));
        c.op("<@", aa, aa, Types.BOOL, "arraycontained", (ctx, a) -> contains((ArrayValue) a[1], (ArrayValue) a[0]));
        c.op("&&", aa, aa, Types.BOOL, "arrayoverlap", (ctx, a) -> overlaps((ArrayValue) a[0], (ArrayValue) a[1]));

        ArraySlices.register(c);
        c.fn("array_length", i4, (ctx, a) -> dimension((ArrayValue) a[0], (Integer) a[1], 0), aa, i4);
        c.fn("array_lower", i4, (ctx, a) -> dimension((ArrayValue) a[0], (Integer) a[1], 1), aa, i4);
        c.fn("array_upper", i4, (ctx, a) -> dimension((ArrayValue) a[0], (Integer) a[1], 2), aa, i4);
        c.fn("array_ndims", i4, (ctx, a) -> {
            ArrayValue v = (ArrayValue) a[0];
            return v.dimensionCount() == 0 ? null : v.dimensionCount();
        }, aa);
        c.fn("cardinality", i4, (ctx, a) -> ((ArrayValue) a[0]).elements().length, aa);
        c.fn("array_dims", txt, (ctx, a) -> dims((ArrayValue) a[0]), aa);
        c.add(new FunctionDef("array_position", List.of(ca, ce), i4, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : position((ArrayValue) a[0], a[1], 1)));
        c.add(new FunctionDef("array_position", List.of(ca, ce, i4), i4, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> {
                    if (a[0] == null) {
                        return null;
                    }
                    if (a[2] == null) {
                        throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "initial position must not be null");
                    }
                    return position((ArrayValue) a[0], a[1], (Integer) a[2]);
                }));
        c.add(new FunctionDef("array_positions", List.of(ca, ce), Types.INT4_ARRAY, false, Volatility.IMMUTABLE, 0,
                false, false, (args, res) -> (ctx, a) -> a[0] == null ? null : positions((ArrayValue) a[0], a[1])));
        c.add(new FunctionDef("array_remove", List.of(ca, ce), ca, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : replace((ArrayValue) a[0], a[1], null, true)));
        c.add(new FunctionDef("array_replace", List.of(ca, ce, ce), ca, false, Volatility.IMMUTABLE, 0, false, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : replace((ArrayValue) a[0], a[1], a[2], false)));
        c.fn("array_to_string", txt, false, Volatility.STABLE, (ctx, a) -> {
            if (a[0] == null || a[1] == null) {
                return null;
            }
            return toString(ctx, (ArrayValue) a[0], (String) a[1], a.length > 2 ? (String) a[2] : null);
        }, aa, txt, txt);
        c.fn("array_to_string", txt, true, Volatility.STABLE,
                (ctx, a) -> toString(ctx, (ArrayValue) a[0], (String) a[1], null), aa, txt);
        c.fn("string_to_array", Types.TEXT_ARRAY, false, Volatility.IMMUTABLE,
                (ctx, a) -> StringFunctions2.stringToArray((String) a[0], (String) a[1], null), txt, txt);
        c.fn("string_to_array", Types.TEXT_ARRAY, false, Volatility.IMMUTABLE,
                (ctx, a) -> StringFunctions2.stringToArray((String) a[0], (String) a[1], (String) a[2]), txt, txt, txt);
    }

    static Comparator<Object> elementComparator(ArrayValue a) {
        return ValueComparators.of(a.elementType());
    }

    private static void requireOneDimension(ArrayValue a) {
        if (a.dimensionCount() > 1) {
            throw new PgException(SqlState.DATA_EXCEPTION, "argument must be empty or one-dimensional array");
        }
    }

    static ArrayValue append(ArrayValue array, Object element, PgType elementType) {
        if (array == null) {
            return ArrayValue.oneDimensional(elementType, new Object[] {element});
        }
        requireOneDimension(array);
        Object[] e = Arrays.copyOf(array.elements(), array.elements().length + 1);
        e[e.length - 1] = element;
        int lower = array.dimensionCount() == 0 ? 1 : array.lowerBounds()[0];
        return new ArrayValue(elementType, new int[] {e.length}, new int[] {lower}, e);
    }

    static ArrayValue prepend(Object element, ArrayValue array, PgType elementType) {
        if (array == null) {
            return ArrayValue.oneDimensional(elementType, new Object[] {element});
        }
        requireOneDimension(array);
        Object[] e = new Object[array.elements().length + 1];
        e[0] = element;
        System.arraycopy(array.elements(), 0, e, 1, array.elements().length);
        // PostgreSQL readjusts the result's lower bound to the input's
        int lower = array.dimensionCount() == 0 ? 1 : array.lowerBounds()[0];
        return new ArrayValue(elementType, new int[] {e.length}, new int[] {lower}, e);
    }

    static ArrayValue cat(ArrayValue x, ArrayValue y) {
        if (x == null) {
            return y;
        }
        if (y == null || y.elements().length == 0) {
            return x;
        }
        if (x.elements().length == 0) {
            return y;
        }
        Object[] e = Arrays.copyOf(x.elements(), x.elements().length + y.elements().length);
        System.arraycopy(y.elements(), 0, e, x.elements().length, y.elements().length);
        int nx = x.dimensionCount();
        int ny = y.dimensionCount();
        if (nx == ny) {
            for (int i = 1; i < nx; i++) {
                if (x.dimensions()[i] != y.dimensions()[i]) {
                    throw incompatible("Arrays with differing element dimensions are not compatible for concatenation.");
                }
            }
            int[] dims = x.dimensions().clone();
            dims[0] += y.dimensions()[0];
            return new ArrayValue(x.elementType(), dims, x.lowerBounds().clone(), e);
        }
        if (nx == ny + 1 && Arrays.equals(Arrays.copyOfRange(x.dimensions(), 1, nx), y.dimensions())) {
            int[] dims = x.dimensions().clone();
            dims[0] += 1;
            return new ArrayValue(x.elementType(), dims, x.lowerBounds().clone(), e);
        }
        if (ny == nx + 1 && Arrays.equals(Arrays.copyOfRange(y.dimensions(), 1, ny), x.dimensions())) {
            int[] dims = y.dimensions().clone();
            dims[0] += 1;
            return new ArrayValue(x.elementType(), dims, y.lowerBounds().clone(), e);
        }
        throw incompatible("Arrays of " + nx + " and " + ny + " dimensions are not compatible for concatenation.");
    }

    private static PgException incompatible(String detail) {
        return new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays")
                .withDetail(detail);
    }

    static boolean contains(ArrayValue big, ArrayValue small) {
        Comparator<Object> cmp = elementComparator(big);
        for (Object s : small.elements()) {
            if (s == null) {
                return false;
            }
            boolean found = false;
            for (Object b : big.elements()) {
                if (b != null && cmp.compare(b, s) == 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static boolean overlaps(ArrayValue x, ArrayValue y) {
        Comparator<Object> cmp = elementComparator(x);
        for (Object s : y.elements()) {
            if (s == null) {
                continue;
            }
            for (Object b : x.elements()) {
                if (b != null && cmp.compare(b, s) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** which: 0 length, 1 lower bound, 2 upper bound. */
    private static Integer dimension(ArrayValue a, int dim, int which) {
        if (dim < 1 || dim > a.dimensionCount()) {
            return null;
        }
        int len = a.dimensions()[dim - 1];
        int lower = a.lowerBounds()[dim - 1];
        return switch (which) {
            case 0 -> len;
            case 1 -> lower;
            default -> lower + len - 1;
        };
    }

    private static String dims(ArrayValue a) {
        if (a.dimensionCount() == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.dimensionCount(); i++) {
            int lower = a.lowerBounds()[i];
            sb.append('[').append(lower).append(':').append(lower + a.dimensions()[i] - 1).append(']');
        }
        return sb.toString();
    }

    private static boolean notDistinct(Comparator<Object> cmp, Object x, Object y) {
        if (x == null || y == null) {
            return x == null && y == null;
        }
        return cmp.compare(x, y) == 0;
    }

    private static Integer position(ArrayValue a, Object element, int start) {
        if (a.dimensionCount() > 1) {
            throw Errors.notSupported("searching for elements in multidimensional arrays is not supported");
        }
        if (a.dimensionCount() == 0) {
            return null;
        }
        Comparator<Object> cmp = elementComparator(a);
        int lower = a.lowerBounds()[0];
        Object[] e = a.elements();
        for (int i = Math.max(0, start - lower); i < e.length; i++) {
            if (notDistinct(cmp, e[i], element)) {
                return i + lower;
            }
        }
        return null;
    }

    private static ArrayValue positions(ArrayValue a, Object element) {
        if (a.dimensionCount() > 1) {
            throw Errors.notSupported("searching for elements in multidimensional arrays is not supported");
        }
        Comparator<Object> cmp = elementComparator(a);
        List<Object> out = new ArrayList<>();
        Object[] e = a.elements();
        int lower = a.dimensionCount() == 0 ? 1 : a.lowerBounds()[0];
        for (int i = 0; i < e.length; i++) {
            if (notDistinct(cmp, e[i], element)) {
                out.add(i + lower);
            }
        }
        return ArrayValue.oneDimensional(Types.INT4, out.toArray());
    }

    private static ArrayValue replace(ArrayValue a, Object search, Object replacement, boolean remove) {
        if (remove && a.dimensionCount() > 1) {
            throw Errors.notSupported("removing elements from multidimensional arrays is not supported");
        }
        Comparator<Object> cmp = elementComparator(a);
        List<Object> out = new ArrayList<>();
        for (Object e : a.elements()) {
            if (notDistinct(cmp, e, search)) {
                if (!remove) {
                    out.add(replacement);
                }
            } else {
                out.add(e);
            }
        }
        if (!remove) {
            return new ArrayValue(a.elementType(), a.dimensions(), a.lowerBounds(), out.toArray());
        }
        if (out.size() == a.elements().length) {
            return a;
        }
        if (out.isEmpty()) {
            return ArrayValue.oneDimensional(a.elementType(), new Object[0]);
        }
        return new ArrayValue(a.elementType(), new int[] {out.size()}, new int[] {a.lowerBounds()[0]}, out.toArray());
    }

    private static String toString(dev.olifant.types.EvalContext ctx, ArrayValue a, String delimiter,
            String nullString) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object e : a.elements()) {
            String s;
            if (e == null) {
                if (nullString == null) {
                    continue;
                }
                s = nullString;
            } else {
                s = TextOut.of(a.elementType(), e, ctx);
            }
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(s);
            first = false;
        }
        return sb.toString();
    }
}
