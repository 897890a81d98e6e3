package dev.olifant.session;

import dev.olifant.exec.plan.Filter;
import dev.olifant.exec.plan.FunctionScan;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.Limit;
import dev.olifant.exec.plan.PartitionAppend;
import dev.olifant.exec.plan.Place;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.exec.plan.SetOp;
import dev.olifant.exec.plan.SharedCte;
import dev.olifant.exec.plan.Sort;
import dev.olifant.exec.plan.SystemScan;
import dev.olifant.exec.plan.RecursiveUnion;
import dev.olifant.exec.plan.ValuesScan;
import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.InSubquery;
import dev.olifant.sql.ast.Not;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SimpleSelect;
import java.util.List;

/**
 * Whether a cursor declared without SCROLL or NO SCROLL is scrollable: PostgreSQL makes it so when
 * its plan can run backward (ExecSupportsBackwardScan). Scans of tables, VALUES, functions and
 * WITH queries, sorts, and appends of such plans can; joins, aggregation, DISTINCT, set operations
 * other than UNION ALL, window functions and set-returning functions in the select list cannot, nor
 * can a SELECT without FROM. Projections, filters, LIMIT and subqueries in FROM follow their input,
 * as PostgreSQL's scan nodes evaluate them in place. Where the two planners differ in shape (IN and
 * EXISTS subqueries become joins in PostgreSQL, filters in Olifant) the rule follows PostgreSQL's.
 */
final class Scrollability {
    private Scrollability() {
    }

    /** Whether the cursor's query is scrollable without SCROLL: {@code plan} is its plan, {@code query} its text. */
    static boolean backwardScan(PlanNode plan, SelectStmt query) {
        return backwardScan(plan, pulledUpSublinks(query));
    }

    /**
     * @param joined the scans are joined by PostgreSQL to the subqueries of IN / EXISTS in WHERE
     *     (it plans those as semi and anti joins, where Olifant filters the scan)
     */
    private static boolean backwardScan(PlanNode node, boolean joined) {
        return switch (node) {
            case SeqScan s -> !joined;
            case IndexScan s -> !joined;
            case ValuesScan s -> true;
            case FunctionScan s -> true;
            case SystemScan s -> true;
            case SharedCte s -> true;
            case RecursiveUnion r -> true; // read through a CTE Scan in PostgreSQL
            case Sort s -> true;
            case Project p -> backwardScan(p.input(), joined);
            case Filter f -> backwardScan(f.input(), joined);
            case Limit l -> backwardScan(l.input(), joined);
            case Place p -> backwardScan(p.input(), joined);
            case PartitionAppend a -> !joined && a.children().stream().allMatch(c -> backwardScan(c, false));
            case SetOp s -> s.kind() == SetOp.Kind.UNION && s.all() && backwardScan(s.left(), false)
                    && backwardScan(s.right(), false);
            default -> false;
        };
    }

    /** WHERE has a top-level IN (subquery), EXISTS or NOT EXISTS, which PostgreSQL turns into a join. */
    private static boolean pulledUpSublinks(SelectStmt query) {
        if (!(query.body() instanceof SimpleSelect s) || s.where() == null) {
            return false;
        }
        List<Expr> conjuncts = s.where() instanceof And and ? and.args() : List.of(s.where());
        for (Expr e : conjuncts) {
            if (e instanceof InSubquery in && !in.not() || e instanceof Exists
                    || e instanceof Not not && not.arg() instanceof Exists) {
                return true;
            }
        }
        return false;
    }
}
