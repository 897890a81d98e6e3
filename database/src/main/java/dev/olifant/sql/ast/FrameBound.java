package dev.olifant.sql.ast;

/**
 * One bound of a {@link WindowFrame}.
 * @param offset the offset of {@code n PRECEDING} / {@code n FOLLOWING}, null otherwise
 */
public record FrameBound(FrameBoundKind kind, Expr offset) {
}
