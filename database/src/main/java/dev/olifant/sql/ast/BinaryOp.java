package dev.olifant.sql.ast;

/**
 * A binary operator application, comparisons and generic operators alike ({@code a + b}, {@code a
 * = b}, {@code a ~ b}, {@code a OPERATOR(pg_catalog.~) b}).
 * @param location offset of the operator
 */
public record BinaryOp(OperatorName operator, Expr left, Expr right, int location) implements Expr {
}
