package dev.olifant.sql.ast;

/**
 * A named function argument {@code name => value} (or {@code name := value}).
 * @param location offset of the name
 */
public record NamedArg(String name, Expr arg, int location) implements Expr {
}
