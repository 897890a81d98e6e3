package dev.olifant.sql.ast;

/**
 * A positional parameter {@code $n}.
 * @param number the parameter number (1-based)
 */
public record ParamRef(int number, int location) implements Expr {
}
