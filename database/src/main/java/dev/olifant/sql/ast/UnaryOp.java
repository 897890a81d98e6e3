package dev.olifant.sql.ast;

/**
 * A prefix operator application ({@code -x}, {@code ~x}, {@code @x}).
 * @param location offset of the operator
 */
public record UnaryOp(OperatorName operator, Expr operand, int location) implements Expr {
}
