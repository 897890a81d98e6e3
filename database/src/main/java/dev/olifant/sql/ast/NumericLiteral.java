package dev.olifant.sql.ast;

/**
 * A numeric constant, kept as written (the analyzer decides int4 / int8 / numeric). As in
 * PostgreSQL's grammar (doNegate), a minus applied directly to a numeric constant is folded into
 * it: {@code -5} and {@code - (5)} are the literal {@code -5}, located at the minus, so that
 * {@code -2147483648} can be an int4; {@code -x} and {@code -5::int} stay {@link UnaryOp}s. SET
 * values and sequence options are signed the same way.
 * @param text the lexeme with an optional leading {@code -}, e.g. {@code 42}, {@code -1.5},
 *     {@code .5}, {@code 1e10}
 * @param location offset of the first character (the minus of a folded negative constant)
 */
public record NumericLiteral(String text, int location) implements Expr {
}
