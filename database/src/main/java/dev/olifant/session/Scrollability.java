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
import dev.olifant.exec.plan.ValuesScan;

/**
 * Whether a cursor declared without SCROLL or NO SCROLL is scrollable: PostgreSQL makes it so when
 * its plan can run backward (ExecSupportsBackwardScan). Scans of tables, VALUES, functions and
 * WITH queries, sorts, and appends of such plans can; joins, aggregation, DISTINCT, set operations
 * other than UNION ALL, window functions and set-returning functions in the select list cannot, nor
 * can a SELECT without FROM. Projections, filters, LIMIT and subqueries in FROM follow their input,
 * as PostgreSQL's scan nodes evaluate them in place.
 */
final class Scrollability {
    private Scrollability() {
    }

    static boolean backwardScan(PlanNode node) {
        return switch (node) {
            case SeqScan s -> true;
            case IndexScan s -> true;
            case ValuesScan s -> true;
            case FunctionScan s -> true;
            case SystemScan s -> true;
            case SharedCte s -> true;
            case Sort s -> true;
            case Project p -> backwardScan(p.input());
            case Filter f -> backwardScan(f.input());
            case Limit l -> backwardScan(l.input());
            case Place p -> backwardScan(p.input());
            case PartitionAppend a -> a.children().stream().allMatch(Scrollability::backwardScan);
            case SetOp s -> s.kind() == SetOp.Kind.UNION && s.all() && backwardScan(s.left()) && backwardScan(s.right());
            default -> false;
        };
    }
}
