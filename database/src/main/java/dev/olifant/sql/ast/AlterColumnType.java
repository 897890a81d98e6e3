package dev.olifant.sql.ast;

/**
 * {@code ALTER [COLUMN] c [SET DATA] TYPE t [COLLATE x] [USING e]}.
 * @param collation null when absent
 * @param using null when absent
 */
public record AlterColumnType(
        String column,
        TypeName type,
        QualifiedName collation,
        Expr using,
        int location) implements AlterTableCmd {
}
