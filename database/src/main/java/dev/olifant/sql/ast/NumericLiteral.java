package dev.olifant.sql.ast;

/**
 * An unsigned numeric constant, kept as written (the analyzer decides int4 / int8 / numeric). A
 * leading minus is a {@link UnaryOp} except where the grammar takes a signed number (SET values,
 * sequence options), where the text starts with {@code -}.
 * @param text the lexeme, e.g. {@code 42}, {@code 1.5}, {@code .5}, {@code 1e10}
 */
public record NumericLiteral(String text, int location) implements Expr {
}
