package dev.olifant.sql.ast;

/**
 * An index column or expression {@code col | (expr) [COLLATE c] [opclass] [ASC | DESC] [NULLS
 * FIRST | LAST]}; also an ON CONFLICT inference element.
 * @param column column name, null for an expression
 * @param expr the expression, null for a plain column
 * @param collation null when absent
 * @param opclass null when absent
 * @param direction DEFAULT, ASC or DESC
 */
public record IndexElem(
        String column,
        Expr expr,
        QualifiedName collation,
        QualifiedName opclass,
        SortDirection direction,
        NullsOrder nulls,
        int location) {
}
