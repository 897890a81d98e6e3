package dev.olifant.catalog;

import java.util.List;

/**
 * A table constraint (pg_constraint). NOT NULL is a column property, as in PostgreSQL 15.
 *
 * @param columns     attribute numbers of the constrained columns (conkey)
 * @param indexOid    the index enforcing a primary key or unique constraint, else 0
 * @param checkExpr   a CHECK's expression as SQL text, else null
 * @param foreignKey  the reference of a FOREIGN KEY, else null
 */
public record Constraint(long oid, String name, ConstraintKind kind, List<Integer> columns, long indexOid,
        String checkExpr, ForeignKey foreignKey, boolean deferrable, boolean initiallyDeferred) {

    /** What a foreign key refers to and does. */
    public record ForeignKey(long referencedTableOid, List<Integer> referencedColumns, ForeignKeyAction onUpdate,
            ForeignKeyAction onDelete, char matchType) {
    }

    public Constraint withName(String newName) {
        return new Constraint(oid, newName, kind, columns, indexOid, checkExpr, foreignKey, deferrable,
                initiallyDeferred);
    }
}
