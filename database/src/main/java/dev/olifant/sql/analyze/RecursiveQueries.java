package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.RecursiveUnion;
import dev.olifant.exec.plan.WorkTable;
import dev.olifant.exec.plan.WorkTableScan;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.QueryBody;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.SetOperation;
import dev.olifant.sql.ast.SetOperator;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A WITH RECURSIVE item that refers to itself (PostgreSQL's checkWellFormedRecursion and the
 * RecursiveUnion plan): it must be {@code non-recursive-term UNION [ALL] recursive-term}; the
 * non-recursive term fixes the column names and types, and the recursive term reads the working
 * table under the query's name.
 */
final class RecursiveQueries {
    private final QueryAnalyzer level;

    RecursiveQueries(QueryAnalyzer level) {
        this.level = level;
    }

    static boolean isRecursive(CommonTableExpr cte) {
        return cte.query() instanceof SelectStmt q && references(q, cte.name());
    }

    /** Whether the tree names {@code name} as a table (subqueries included). */
    private static boolean references(Object node, String name) {
        if (node instanceof TableRef t) {
            return t.name().parts().size() == 1 && t.name().last().equals(name);
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (references(o, name)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if ((v instanceof Record || v instanceof List<?>) && references(v, name)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    AnalyzedQuery analyze(CommonTableExpr cte, Scope scope) {
        SelectStmt q = (SelectStmt) cte.query();
        if (!(q.body() instanceof SetOperation op) || op.operator() != SetOperator.UNION || q.with() != null) {
            throw new PgException(SqlState.INVALID_RECURSION, "recursive query \"" + cte.name()
                    + "\" does not have the form non-recursive-term UNION [ALL] recursive-term")
                    .withPosition(cte.location() + 1);
        }
        if (!q.orderBy().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ORDER BY in a recursive query is not implemented")
                    .withPosition(q.orderBy().get(0).location() + 1);
        }
        if (q.offset() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "OFFSET in a recursive query is not implemented")
                    .withPosition(q.offset().location() + 1);
        }
        if (q.limit() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "LIMIT in a recursive query is not implemented")
                    .withPosition(q.limit().location() + 1);
        }
        if (op.right() instanceof SimpleSelect rs) {
            FuncCall agg = AstWalk.firstAggregate(List.of(rs.targets(), rs.having() == null ? List.of() : List.of(rs.having())));
            if (agg != null) {
                throw new PgException(SqlState.GROUPING_ERROR,
                        "aggregate functions are not allowed in a recursive query's recursive term")
                        .withPosition(agg.location() + 1);
            }
        }
        if (references(op.left(), cte.name())) {
            throw new PgException(SqlState.INVALID_RECURSION, "recursive reference to query \"" + cte.name()
                    + "\" must not appear within its non-recursive term").withPosition(referenceLocation(op.left(),
                            cte.name()) + 1);
        }
        AnalyzedQuery left = QueryAnalyzer.renamed(level.body(op.left(), new Scope(scope.parent())),
                cte.name(), cte.columnNames(), cte.location());
        int n = left.columns().size();
        WorkTable table = new WorkTable();
        level.defineCte(cte.name(), new AnalyzedQuery(new WorkTableScan(table, n, cte.name()), left.columns()));
        AnalyzedQuery right = level.body(op.right(), new Scope(scope.parent()));
        if (right.columns().size() != n) {
            throw new PgException(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns")
                    .withPosition(op.location() + 1);
        }
        Expression[] coerced = new Expression[n];
        PgType[] types = new PgType[n];
        ExprAnalyzer a = new ExprAnalyzer(level.context(), new Scope(null), "UNION", null, level);
        for (int i = 0; i < n; i++) {
            ResultColumn lc = left.columns().get(i);
            ResultColumn rc = right.columns().get(i);
            Expression rs = new Slot(i, rc.type(), rc.typmod(), rc.name());
            PgType overall = a.unify(List.of(new Slot(i, lc.type(), lc.typmod(), lc.name()), rs), "UNION",
                    op.location());
            if (!overall.equals(lc.type())) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "recursive query \"" + cte.name() + "\" column "
                        + (i + 1) + " has type " + display(lc.type(), lc.typmod()) + " in non-recursive term but type "
                        + Coercions.display(overall) + " overall")
                        .withHint("Cast the output of the non-recursive term to the correct type.")
                        .withPosition(targetLocation(op.left(), i) + 1);
            }
            types[i] = lc.type();
            coerced[i] = Coercions.coerce(rs, lc.type(), lc.typmod(), CoercionContext.IMPLICIT, level.context(),
                    op.location());
        }
        PlanNode plan = new RecursiveUnion(left.plan(), new Project(right.plan(), coerced), table, !op.all(), types);
        List<ResultColumn> cols = new ArrayList<>(left.columns());
        return new AnalyzedQuery(plan, cols);
    }

    private static String display(PgType t, int typmod) {
        return Coercions.display(t);
    }

    private static int targetLocation(QueryBody b, int i) {
        if (b instanceof SimpleSelect s && i < s.targets().size()) {
            return s.targets().get(i).expr().location();
        }
        if (b instanceof SelectStmt s) {
            return targetLocation(s.body(), i);
        }
        return -1;
    }

    private static int referenceLocation(Object node, String name) {
        if (node instanceof TableRef t && t.name().parts().size() == 1 && t.name().last().equals(name)) {
            return t.location();
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                int l = referenceLocation(o, name);
                if (l >= 0) {
                    return l;
                }
            }
        } else if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if (v instanceof Record || v instanceof List<?>) {
                        int l = referenceLocation(v, name);
                        if (l >= 0) {
                            return l;
                        }
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return -1;
    }
}
