package dev.olifant.sql.ast;

/**
 * {@code x COLLATE name}.
 * @param location offset of COLLATE
 */
public record Collate(Expr arg, QualifiedName collation, int location) implements Expr {
}
