package dev.olifant.sql.analyze;

import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.storage.RelationStatistics;

/**
 * PostgreSQL's cost formulas (costsize.c, and btcostestimate's descent charge) in the units of its
 * settings: a sequentially read page costs seq_page_cost, a randomly read one random_page_cost,
 * each row cpu_tuple_cost, each index entry cpu_index_tuple_cost, each operator cpu_operator_cost.
 * Olifant's heap lives in memory, but ANALYZE counts the pages PostgreSQL would use, so the same
 * formulas rank plans as PostgreSQL ranks them. Index correlation is not gathered: heap pages
 * fetched through an index are priced as uncorrelated (random) reads.
 */
final class CostModel {
    /** Index entries per 8 kB btree leaf page, for sizing an index ANALYZE does not measure. */
    private static final double INDEX_TUPLES_PER_PAGE = 250;

    private final PlannerCosts c;

    CostModel(PlannerCosts c) {
        this.c = c;
    }

    PlannerCosts settings() {
        return c;
    }

    /** Total cost of a base table scan as AccessPaths chose it. */
    double scan(PlanNode plan) {
        return switch (plan) {
            case SeqScan s -> seqScan(s);
            case IndexScan s -> indexScan(s, 1);
            default -> plan.estimatedRows() * c.cpuTupleCost();
        };
    }

    double seqScan(SeqScan s) {
        RelationStatistics st = s.table().storage().stats().statistics();
        double tuples = tableRows(s.table(), st);
        double pages = st == null ? Math.max(1, Math.ceil(tuples / 100)) : Math.max(1, st.relpages());
        double cost = pages * c.seqPageCost() + tuples * (c.cpuTupleCost() + c.cpuOperatorCost() * count(s.filter()));
        return PlannerCosts.unless(c.enableSeqscan(), cost);
    }

    /** An index scan's cost per loop when it runs {@code loops} times (a nested loop's inner side). */
    double indexScan(IndexScan s, double loops) {
        Table t = s.table();
        RelationStatistics st = t.storage().stats().statistics();
        double tableRows = tableRows(t, st);
        double fetched = s.indexCond() == null ? tableRows : Math.max(1, s.estimatedRows());
        double indexQuals = s.equalKeys().length + (s.low() != null ? 1 : 0) + (s.high() != null ? 1 : 0);
        double filterQuals = Math.max(0, count(s.shownFilter()));
        return PlannerCosts.unless(c.enableIndexscan(),
                indexCost(tableRows, heapPages(t, st), fetched, indexQuals, filterQuals, loops));
    }

    /** btcostestimate + cost_index for {@code fetched} heap rows per loop, uncorrelated heap order. */
    double indexCost(double tableRows, double heapPages, double fetched, double indexQuals, double filterQuals,
            double loops) {
        double indexPages = Math.ceil(tableRows / INDEX_TUPLES_PER_PAGE) + 1;
        double indexTuples = Math.max(1, fetched);
        double descent = Math.ceil(Math.log(Math.max(2, tableRows)) / Math.log(2)) * c.cpuOperatorCost()
                + 50 * c.cpuOperatorCost() * (indexPages > 1 ? 2 : 1);
        double leafPages = Math.max(1, Math.ceil(indexTuples * indexPages / Math.max(1, tableRows)));
        double heapFetched;
        if (loops > 1) {
            leafPages = pagesFetched(leafPages * loops, indexPages) / loops;
            heapFetched = pagesFetched(fetched * loops, heapPages) / loops;
        } else {
            heapFetched = pagesFetched(fetched, heapPages);
        }
        return descent + leafPages * c.randomPageCost()
                + indexTuples * (c.cpuIndexTupleCost() + c.cpuOperatorCost() * indexQuals)
                + heapFetched * c.randomPageCost() + fetched * (c.cpuTupleCost() + c.cpuOperatorCost() * filterQuals);
    }

    /** PostgreSQL's index_pages_fetched (Mackert and Lohman) with the cache assumed large enough. */
    static double pagesFetched(double tuples, double pages) {
        double t = Math.max(1, pages);
        double fetched = 2 * t * tuples / (2 * t + tuples);
        return fetched >= t ? t : Math.ceil(fetched);
    }

    /** cost_sort for {@code rows} rows fully read: the comparisons are paid before the first row. */
    double sort(double inputCost, double rows) {
        double n = Math.max(2, rows);
        double cost = inputCost + 2 * c.cpuOperatorCost() * n * (Math.log(n) / Math.log(2)) + c.cpuOperatorCost() * rows;
        return PlannerCosts.unless(c.enableSort(), cost);
    }

    /** final_cost_hashjoin without batching: build the inner side, probe with the outer, check bucket mates. */
    double hashJoin(double outerCost, double outerRows, double innerCost, double innerRows, int keys,
            double innerBucketFraction, double joinRows, int otherQuals) {
        double build = innerCost + (c.cpuOperatorCost() * keys + c.cpuTupleCost()) * innerRows;
        double probe = outerCost + c.cpuOperatorCost() * keys * outerRows;
        double bucketMates = c.cpuOperatorCost() * keys * outerRows * Math.ceil(innerRows * innerBucketFraction) * 0.5;
        double out = (c.cpuTupleCost() + c.cpuOperatorCost() * otherQuals) * joinRows;
        return PlannerCosts.unless(c.enableHashjoin(), build + probe + bucketMates + out);
    }

    /**
     * final_cost_mergejoin: both sides read as far as the other side's largest key (the fractions),
     * each compared once, the inner rows of duplicate outer keys compared again.
     */
    double mergeJoin(double outerRead, double outerRows, double outerFraction, double innerRead, double innerRows,
            double innerFraction, int keys, double joinRows, int otherQuals) {
        double outerScanned = outerRows * outerFraction;
        double innerScanned = innerRows * innerFraction;
        double rescanned = Math.max(0, joinRows - innerScanned);
        double cost = outerRead + innerRead
                + c.cpuOperatorCost() * keys * (outerScanned + innerScanned + rescanned)
                + (c.cpuTupleCost() + c.cpuOperatorCost() * otherQuals) * joinRows;
        return PlannerCosts.unless(c.enableMergejoin(), cost);
    }

    /**
     * What reading {@code fraction} of an ordered input costs: a scan stops early, a sort has
     * compared all its rows before it returns the first.
     */
    double orderedInput(double inputCost, double rows, boolean needsSort, double fraction) {
        return needsSort ? sort(inputCost, rows) : inputCost * fraction;
    }

    /** cost_nestloop over a materialised inner side: every pair is formed and checked. */
    double nestLoop(double outerCost, double outerRows, double innerCost, double innerRows, int quals,
            double joinRows) {
        double pairs = outerRows * innerRows;
        double cost = outerCost + innerCost + c.cpuOperatorCost() * innerRows * Math.max(0, outerRows - 1)
                + (c.cpuTupleCost() + c.cpuOperatorCost() * quals) * pairs + c.cpuTupleCost() * joinRows;
        return PlannerCosts.unless(c.enableNestloop(), cost);
    }

    /** cost_nestloop with an inner index scan looked up once per outer row. */
    double paramNestLoop(double outerCost, double outerRows, double innerCostPerLoop, int otherQuals,
            double joinRows) {
        double cost = outerCost + outerRows * innerCostPerLoop
                + (c.cpuTupleCost() + c.cpuOperatorCost() * otherQuals) * joinRows;
        return PlannerCosts.unless(c.enableNestloop(), cost);
    }

    static double tableRows(Table t, RelationStatistics st) {
        return Math.max(1, st != null ? st.reltuples() : t.storage().heap().size());
    }

    static double heapPages(Table t, RelationStatistics st) {
        return st == null ? Math.max(1, Math.ceil(tableRows(t, null) / 100)) : Math.max(1, st.relpages());
    }

    /** The number of operators a qualification evaluates, roughly: one per conjunct. */
    static int count(Expression e) {
        if (e == null) {
            return 0;
        }
        return e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND ? b.args().length : 1;
    }
}
