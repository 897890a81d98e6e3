package dev.olifant.types;

import java.util.Arrays;

/**
 * An array value: elements in row-major order, with PostgreSQL's per-dimension lengths and lower
 * bounds (1 by default). A zero-dimensional array is the empty array {@code {}}.
 */
public record ArrayValue(PgType elementType, int[] dimensions, int[] lowerBounds, Object[] elements) {

    public static ArrayValue oneDimensional(PgType elementType, Object[] elements) {
        if (elements.length == 0) {
            return new ArrayValue(elementType, new int[0], new int[0], elements);
        }
        return new ArrayValue(elementType, new int[] {elements.length}, new int[] {1}, elements);
    }

    public int dimensionCount() {
        return dimensions.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayValue a && a.elementType.equals(elementType)
                && Arrays.equals(a.dimensions, dimensions) && Arrays.equals(a.lowerBounds, lowerBounds)
                && Arrays.deepEquals(a.elements, elements);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(elements) * 31 + Arrays.hashCode(dimensions);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(elements);
    }
}
