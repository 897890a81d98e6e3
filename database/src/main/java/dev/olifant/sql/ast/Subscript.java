package dev.olifant.sql.ast;

/**
 * A subscript {@code a[i]} or slice {@code a[lo:hi]}; chained subscripts nest.
 * @param arg the subscripted expression (null inside a {@link ColumnTarget})
 * @param lower the index, or the slice's lower bound (null when omitted: {@code a[:hi]})
 * @param upper the slice's upper bound, null when omitted or not a slice
 * @param slice true when written with a colon
 * @param location offset of the bracket
 */
public record Subscript(
        Expr arg,
        Expr lower,
        Expr upper,
        boolean slice,
        int location) implements Expr {
}
