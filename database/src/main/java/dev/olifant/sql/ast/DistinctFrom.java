package dev.olifant.sql.ast;

/**
 * {@code a IS [NOT] DISTINCT FROM b}.
 * @param not true for IS NOT DISTINCT FROM
 * @param location offset of IS
 */
public record DistinctFrom(Expr left, Expr right, boolean not, int location) implements Expr {
}
