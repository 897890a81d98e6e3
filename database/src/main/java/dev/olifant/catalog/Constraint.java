package dev.olifant.catalog;

import java.util.List;

/**
 * A table constraint (pg_constraint). NOT NULL is a column property, as in PostgreSQL 15.
 *
 * @param columns     attribute numbers of the constrained columns (conkey)
 * @param indexOid    the index enforcing a primary key or unique constraint, else 0 (a foreign key's
 *                    referenced index is found from the referenced table, see pg_constraint.conindid)
 * @param checkExpr   a CHECK's expression as SQL text, else null
 * @param foreignKey  the reference of a FOREIGN KEY, else null
 * @param validated   false for a constraint added NOT VALID and not yet validated (convalidated)
 */
public record Constraint(long oid, String name, ConstraintKind kind, List<Integer> columns, long indexOid,
        String checkExpr, ForeignKey foreignKey, boolean deferrable, boolean initiallyDeferred, boolean validated) {

    /**
     * What a foreign key refers to and does.
     *
     * @param matchType         's' MATCH SIMPLE, 'f' MATCH FULL (confmatchtype)
     * @param deleteSetColumns  the columns ON DELETE SET NULL / SET DEFAULT sets; empty for all (confdelsetcols)
     */
    public record ForeignKey(long referencedTableOid, List<Integer> referencedColumns, ForeignKeyAction onUpdate,
            ForeignKeyAction onDelete, char matchType, List<Integer> deleteSetColumns) {
        public ForeignKey {
            referencedColumns = List.copyOf(referencedColumns);
            deleteSetColumns = List.copyOf(deleteSetColumns);
        }
    }

    public Constraint(long oid, String name, ConstraintKind kind, List<Integer> columns, long indexOid,
            String checkExpr, ForeignKey foreignKey, boolean deferrable, boolean initiallyDeferred) {
        this(oid, name, kind, columns, indexOid, checkExpr, foreignKey, deferrable, initiallyDeferred, true);
    }

    public Constraint withName(String newName) {
        return new Constraint(oid, newName, kind, columns, indexOid, checkExpr, foreignKey, deferrable,
                initiallyDeferred, validated);
    }

    public Constraint withValidated(boolean v) {
        return new Constraint(oid, name, kind, columns, indexOid, checkExpr, foreignKey, deferrable,
                initiallyDeferred, v);
    }

    public Constraint withReferencedTable(long tableOid) {
        return new Constraint(oid, name, kind, columns, indexOid, checkExpr, new ForeignKey(tableOid,
                foreignKey.referencedColumns(), foreignKey.onUpdate(), foreignKey.onDelete(), foreignKey.matchType(),
                foreignKey.deleteSetColumns()), deferrable, initiallyDeferred, validated);
    }
}
