package dev.olifant.sql.ast;

/**
 * A WHEN … THEN … arm of a {@link CaseExpr}.
 * @param condition the condition (searched) or comparison value (simple)
 * @param location offset of WHEN
 */
public record CaseWhen(Expr condition, Expr result, int location) {
}
