package dev.olifant.sql.ast;

/**
 * {@code x IS [NOT] TRUE | FALSE | UNKNOWN}.
 * @param location offset of IS
 */
public record BoolTest(Expr arg, BoolTestKind kind, int location) implements Expr {
}
