package dev.olifant.sql.ast;

/**
 * {@code ALTER kind name RENAME [COLUMN | CONSTRAINT old] TO new}. For a column or constraint
 * rename, {@code kind} is COLUMN / CONSTRAINT, {@code relationKind} the relation's kind and {@code
 * subName} the old column / constraint name.
 * @param relationKind kind of the relation named by {@code name} (TABLE, VIEW, …), equal to {@code
 *     kind} for object renames
 * @param name the object (or the relation owning the column / constraint)
 * @param subName old column / constraint name, null for object renames
 */
public record RenameStmt(
        ObjectKind kind,
        ObjectKind relationKind,
        QualifiedName name,
        String subName,
        String newName,
        boolean ifExists,
        int location) implements Statement {
}
