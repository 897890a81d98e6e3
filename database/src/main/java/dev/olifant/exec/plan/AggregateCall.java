package dev.olifant.exec.plan;

import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import java.util.function.Supplier;

/**
 * One aggregate in a query: a fresh accumulator per group, its argument expressions, and the
 * DISTINCT and FILTER modifiers. {@code argTypes} are used to compare arguments under DISTINCT.
 */
public record AggregateCall(String name, Supplier<Accumulator> factory, Expression[] args, PgType[] argTypes,
        boolean distinct, Expression filter, PgType type) {
}
