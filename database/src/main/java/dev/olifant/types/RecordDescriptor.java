package dev.olifant.types;

import java.util.List;

/**
 * The shape of a composite (record) value: its fields' names, types and type modifiers, in
 * order. A record of this shape is typed {@code record} with the typmod {@link RecordTypes}
 * assigns to the shape, as PostgreSQL identifies an anonymous record type by a typmod that
 * indexes its backend's registry of record descriptors.
 */
public record RecordDescriptor(List<Field> fields) {

    /** One field (attribute) of the record. */
    public record Field(String name, PgType type, int typmod) {
    }

    public RecordDescriptor {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    public Field field(int i) {
        return fields.get(i);
    }

    /** The position of the field named {@code name} (names are compared exactly, as identifiers are), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
