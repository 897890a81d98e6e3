package dev.olifant.sql.ast;

/**
 * {@code x [NOT] BETWEEN [SYMMETRIC] low AND high}.
 * @param symmetric BETWEEN SYMMETRIC (ASYMMETRIC is the default)
 * @param location offset of BETWEEN (or of NOT)
 */
public record Between(
        Expr arg,
        Expr low,
        Expr high,
        boolean not,
        boolean symmetric,
        int location) implements Expr {
}
