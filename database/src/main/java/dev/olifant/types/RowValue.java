package dev.olifant.types;

import java.util.Arrays;

/**
 * A composite (record) value: one value per field of its {@link RecordDescriptor}, each under
 * the engine's value contract for the field's type (SQL NULL is Java {@code null}).
 */
public record RowValue(RecordDescriptor descriptor, Object[] values) {

    public RowValue {
        if (values.length != descriptor.size()) {
            throw new IllegalArgumentException("a record of " + descriptor.size() + " fields given "
                    + values.length + " values");
        }
        values = values.clone();
    }

    public int size() {
        return values.length;
    }

    /** The value of field {@code i} (0-based). */
    public Object get(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowValue r && r.descriptor.equals(descriptor) && Arrays.deepEquals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(values);
    }
}
