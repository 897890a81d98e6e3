package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code (a, b, ...) op ANY/ALL (subquery)} (row IN is {@code = ANY}), op being {@code =} or
 * {@code <>}. Each subquery row is compared column by column as a row comparison: for {@code =}
 * the row is equal when every pair is, unequal when some pair is not, else NULL; {@code <>} is its
 * negation. ANY / ALL then combine the rows' results as for a single column.
 */
public final class RowSubqueryExpr implements Expression {
    private final PlanNode plan;
    private final boolean all;
    private final boolean notEqual;
    private final boolean correlated;
    private final Expression[] left;
    private final Invokable[] equalities;
    private ExecContext cachedFor;
    private List<Object[]> cachedRows;

    /**
     * @param equalities per column: the equality operator, applied to (left value, subquery value)
     * @param notEqual   the operator is {@code <>} rather than {@code =}
     */
    public RowSubqueryExpr(PlanNode plan, boolean all, boolean notEqual, boolean correlated, Expression[] left,
            Invokable[] equalities) {
        this.plan = plan;
        this.all = all;
        this.notEqual = notEqual;
        this.correlated = correlated;
        this.left = left;
        this.equalities = equalities;
    }

    public PlanNode plan() {
        return plan;
    }

    public boolean correlated() {
        return correlated;
    }

    /** The number of columns compared. */
    public int width() {
        return left.length;
    }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object[] l = new Object[left.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = left[i].eval(row, ctx);
        }
        List<Object[]> rows = rows(row, ctx);
        if (rows.isEmpty()) {
            return all;
        }
        boolean sawNull = false;
        for (Object[] r : rows) {
            Boolean equal = rowEqual(l, r, ctx);
            Boolean result = equal == null ? null : equal != notEqual;
            if (result == null) {
                sawNull = true;
            } else if (result != all) {
                return !all;
            }
        }
        return sawNull ? null : all;
    }

    private Boolean rowEqual(Object[] l, Object[] r, ExecContext ctx) {
        boolean sawNull = false;
        for (int i = 0; i < l.length; i++) {
            if (l[i] == null || r[i] == null) {
                sawNull = true;
                continue;
            }
            if (!(Boolean) equalities[i].invoke(ctx, new Object[] {l[i], r[i]})) {
                return false;
            }
        }
        return sawNull ? null : true;
    }

    private List<Object[]> rows(Object[] row, ExecContext ctx) {
        if (!correlated && cachedFor == ctx) {
            return cachedRows;
        }
        List<Object[]> rows = new ArrayList<>();
        ctx.pushOuter(row);
        try (RowSource src = plan.open(ctx)) {
            Object[] r;
            while ((r = src.next()) != null) {
                rows.add(r.clone());
            }
        } finally {
            ctx.popOuter();
        }
        if (!correlated) {
            cachedFor = ctx;
            cachedRows = rows;
        }
        return rows;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
