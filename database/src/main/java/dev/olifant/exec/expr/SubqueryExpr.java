package dev.olifant.exec.expr;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;
import java.util.ArrayList;
import java.util.List;

/**
 * A subquery used as an expression: EXISTS, a scalar subquery, ARRAY(subquery), or
 * {@code left op ANY/ALL (subquery)} (IN is {@code = ANY}). A correlated subquery sees the current
 * row through {@link ExecContext#outerRow(int)}; an uncorrelated one runs once per evaluation of
 * the enclosing statement and is cached in the node for that statement's context.
 */
public final class SubqueryExpr implements Expression {
    public enum Kind { EXISTS, SCALAR, ARRAY, ANY, ALL }

    private final Kind kind;
    private final PlanNode plan;
    private final boolean correlated;
    private final Expression left;
    private final Invokable comparison;
    private final PgType type;
    private ExecContext cachedFor;
    private Object cached;
    private List<Object> cachedColumn;

    public SubqueryExpr(Kind kind, PlanNode plan, boolean correlated, Expression left, Invokable comparison,
            PgType type) {
        this.kind = kind;
        this.plan = plan;
        this.correlated = correlated;
        this.left = left;
        this.comparison = comparison;
        this.type = type;
    }

    public PlanNode plan() {
        return plan;
    }

    public Kind kind() {
        return kind;
    }

    public boolean correlated() {
        return correlated;
    }

    /** The tested expression of ANY/ALL, else null. */
    public Expression left() {
        return left;
    }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        if (kind == Kind.ANY || kind == Kind.ALL) {
            return quantified(left.eval(row, ctx), column(row, ctx), ctx);
        }
        if (!correlated && cachedFor == ctx) {
            return cached;
        }
        Object result = run(row, ctx);
        if (!correlated) {
            cachedFor = ctx;
            cached = result;
        }
        return result;
    }

    private Object run(Object[] row, ExecContext ctx) {
        ctx.pushOuter(row);
        try (RowSource src = plan.open(ctx)) {
            switch (kind) {
                case EXISTS -> {
                    return src.next() != null;
                }
                case SCALAR -> {
                    Object[] first = src.next();
                    if (first == null) {
                        return null;
                    }
                    if (src.next() != null) {
                        throw new PgException(SqlState.CARDINALITY_VIOLATION,
                                "more than one row returned by a subquery used as an expression");
                    }
                    return first[0];
                }
                default -> {
                    List<Object> values = new ArrayList<>();
                    Object[] r;
                    while ((r = src.next()) != null) {
                        values.add(r[0]);
                    }
                    return ArrayValue.oneDimensional(Types.elementOf(type), values.toArray());
                }
            }
        } finally {
            ctx.popOuter();
        }
    }

    private List<Object> column(Object[] row, ExecContext ctx) {
        if (!correlated && cachedFor == ctx) {
            return cachedColumn;
        }
        List<Object> values = new ArrayList<>();
        ctx.pushOuter(row);
        try (RowSource src = plan.open(ctx)) {
            Object[] r;
            while ((r = src.next()) != null) {
                values.add(r[0]);
            }
        } finally {
            ctx.popOuter();
        }
        if (!correlated) {
            cachedFor = ctx;
            cachedColumn = values;
        }
        return values;
    }

    /** SQL's ANY/ALL: ANY is true if some comparison is true, else NULL if some was NULL, else false. */
    private Object quantified(Object l, List<Object> values, ExecContext ctx) {
        boolean all = kind == Kind.ALL;
        if (values.isEmpty()) {
            return all;
        }
        boolean sawNull = false;
        for (Object v : values) {
            Object r = l == null || v == null ? null : comparison.invoke(ctx, new Object[] {l, v});
            if (r == null) {
                sawNull = true;
            } else if ((Boolean) r != all) {
                return !all;
            }
        }
        return sawNull ? null : all;
    }

    @Override
    public PgType type() {
        return type;
    }
}
