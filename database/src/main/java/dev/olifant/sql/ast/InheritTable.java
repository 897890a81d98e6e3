package dev.olifant.sql.ast;

/** {@code ALTER TABLE child INHERIT parent} or, with {@code remove}, {@code NO INHERIT parent}. */
public record InheritTable(QualifiedName parent, boolean remove) implements AlterTableCmd {
}
