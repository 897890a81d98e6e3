package dev.olifant.sql.ast;

/**
 * {@code x IS [NOT] NULL}, {@code x ISNULL}, {@code x NOTNULL}.
 * @param not true for IS NOT NULL / NOTNULL
 * @param location offset of IS / ISNULL / NOTNULL
 */
public record NullTest(Expr arg, boolean not, int location) implements Expr {
}
