package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code COMMENT ON kind name IS 'text' | NULL}; for COLUMN the name is {@code table.column}, for
 * {@code CONSTRAINT c ON t} {@code name} is the table and {@code constraintName} the constraint.
 * @param constraintName null unless kind is CONSTRAINT
 * @param functionArgs argument types of a FUNCTION, empty otherwise
 * @param comment null for IS NULL
 */
public record CommentStmt(
        ObjectKind kind,
        QualifiedName name,
        String constraintName,
        List<TypeName> functionArgs,
        String comment,
        int location) implements Statement {
    public CommentStmt {
        functionArgs = List.copyOf(functionArgs);
    }
}
