package dev.olifant.sql.ast;

import java.util.List;

/**
 * A column or table constraint (PostgreSQL's Constraint node). Which components are meaningful
 * depends on {@code type}: CHECK, DEFAULT and GENERATED use {@code expr}; PRIMARY_KEY / UNIQUE use
 * {@code columns} (table constraints) and {@code include}; FOREIGN_KEY uses {@code columns} (table
 * constraint), the {@code ref…} components, actions and match; IDENTITY uses {@code identity} and
 * {@code sequenceOptions}. Trailing DEFERRABLE / INITIALLY attributes are folded into the
 * constraint they follow.
 * @param name CONSTRAINT name, null when absent
 * @param expr CHECK condition, DEFAULT value or GENERATED expression, null otherwise
 * @param columns the constrained columns of a table constraint; empty for column constraints
 * @param include INCLUDE (…) columns of PRIMARY KEY / UNIQUE
 * @param nullsNotDistinct UNIQUE NULLS NOT DISTINCT
 * @param refTable REFERENCES table, null otherwise
 * @param refColumns REFERENCES columns, empty when absent
 * @param noInherit CHECK … NO INHERIT
 * @param notValid NOT VALID (ALTER TABLE ADD CONSTRAINT)
 * @param identity GENERATED ALWAYS / BY DEFAULT AS IDENTITY, null otherwise
 * @param sequenceOptions identity sequence options
 * @param indexOptions WITH (…) of PRIMARY KEY / UNIQUE
 * @param deleteSetColumns the column list of ON DELETE SET NULL / SET DEFAULT (…), empty when absent
 */
public record Constraint(
        String name,
        ConstraintType type,
        Expr expr,
        List<String> columns,
        List<String> include,
        boolean nullsNotDistinct,
        QualifiedName refTable,
        List<String> refColumns,
        ForeignKeyAction onDelete,
        ForeignKeyAction onUpdate,
        ForeignKeyMatch match,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean noInherit,
        boolean notValid,
        IdentityKind identity,
        List<SequenceOption> sequenceOptions,
        List<DefElem> indexOptions,
        int location,
        List<String> deleteSetColumns) implements TableElement {
    public Constraint {
        deleteSetColumns = List.copyOf(deleteSetColumns);
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        refColumns = List.copyOf(refColumns);
        sequenceOptions = List.copyOf(sequenceOptions);
        indexOptions = List.copyOf(indexOptions);
    }

    public Constraint(String name, ConstraintType type, Expr expr, List<String> columns, List<String> include,
            boolean nullsNotDistinct, QualifiedName refTable, List<String> refColumns, ForeignKeyAction onDelete,
            ForeignKeyAction onUpdate, ForeignKeyMatch match, boolean deferrable, boolean initiallyDeferred,
            boolean noInherit, boolean notValid, IdentityKind identity, List<SequenceOption> sequenceOptions,
            List<DefElem> indexOptions, int location) {
        this(name, type, expr, columns, include, nullsNotDistinct, refTable, refColumns, onDelete, onUpdate, match,
                deferrable, initiallyDeferred, noInherit, notValid, identity, sequenceOptions, indexOptions, location,
                List.of());
    }
}
