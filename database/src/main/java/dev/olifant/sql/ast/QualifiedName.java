package dev.olifant.sql.ast;

import java.util.List;

/**
 * A possibly qualified name such as {@code schema.table} or {@code db.schema.table}; each part
 * already folded (unquoted) or kept (quoted).
 * @param parts the name parts, at least one
 * @param location offset of the first part
 */
public record QualifiedName(List<String> parts, int location) {
    public QualifiedName {
        parts = List.copyOf(parts);
    }

    public QualifiedName(String name, int location) {
        this(List.of(name), location);
    }

    /** The last part: the object's own name. */
    public String last() {
        return parts.get(parts.size() - 1);
    }

    /** The part before the last one (the schema of a two-part name), or null for an unqualified name. */
    public String qualifier() {
        return parts.size() < 2 ? null : parts.get(parts.size() - 2);
    }

    /** The parts joined by dots, without quoting. */
    @Override
    public String toString() {
        return String.join(".", parts);
    }
}
