package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.HashJoin;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.ExplainStmt;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.txn.Transaction;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPLAIN in PostgreSQL's text format: one line per plan node ({@code ->} for children, six
 * columns of indent per level), detail lines under each, and with ANALYZE the actual row counts
 * and total time after running the statement.
 */
final class Explain {
    static final List<ResultColumn> COLUMNS = StatementRunner.textColumn("QUERY PLAN");

    private final PgSession session;
    private final StatementRunner runner;
    private boolean costs = true;
    private boolean analyze;

    Explain(PgSession session, StatementRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    List<Object[]> explain(ExplainStmt e, Prepared outer, Transaction txn) {
        for (DefElem opt : e.options()) {
            String name = opt.name().toLowerCase(Locale.ROOT);
            boolean on = opt.value() == null || !(opt.value().equalsIgnoreCase("false")
                    || opt.value().equalsIgnoreCase("off") || opt.value().equals("0"));
            switch (name) {
                case "costs" -> costs = on;
                case "analyze" -> analyze = on;
                case "verbose", "summary", "timing", "buffers", "settings", "wal" -> {
                }
                case "format" -> {
                    if (!"text".equalsIgnoreCase(opt.value())) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN format " + opt.value()
                                + " is not supported yet");
                    }
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized EXPLAIN option \"" + name + "\"")
                        .withPosition(opt.location() + 1);
            }
        }
        if (!(e.statement() instanceof PreparableStatement)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN of this statement is not supported yet");
        }
        Prepared inner = new Prepared(outer.sql, new dev.olifant.sql.ast.RawStatement(e.statement(), outer.sql,
                outer.raw.start(), outer.raw.end()), new PgType[0]);
        runner.analyzeIfQuery(inner);
        PlanNode plan = inner.analyzed.plan();
        List<Object[]> lines = new ArrayList<>();
        long actualRows = 0;
        double millis = 0;
        if (analyze) {
            ExecContext ctx = session.execContext(txn, new Object[0]);
            long start = System.nanoTime();
            try (RowSource rows = plan.open(ctx)) {
                while (rows.next() != null) {
                    actualRows++;
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
            txn.nextCommand();
        }
        print(plan, 0, lines, analyze ? actualRows : -1);
        if (analyze) {
            lines.add(new Object[] {String.format(Locale.ROOT, "Execution Time: %.3f ms", millis)});
        }
        return lines;
    }

    private void print(PlanNode node, int depth, List<Object[]> out, long actualRows) {
        if (node.explainTitle() == null) {
            for (PlanNode c : node.children()) {
                print(c, depth, out, actualRows);
            }
            return;
        }
        String prefix = depth == 0 ? "" : " ".repeat(6 * (depth - 1) + 2) + "->  ";
        String detailIndent = " ".repeat(depth == 0 ? 2 : 6 * depth + 2);
        StringBuilder line = new StringBuilder(prefix).append(node.explainTitle());
        if (costs) {
            double rows = Math.max(1, Math.round(node.estimatedRows()));
            line.append(String.format(Locale.ROOT, "  (cost=0.00..%.2f rows=%d width=%d)", rows * 0.01 + 1,
                    (long) rows, Math.max(4, node.width() * 4)));
        }
        if (actualRows >= 0 && depth == 0) {
            line.append(" (actual rows=").append(actualRows).append(" loops=1)");
        }
        out.add(new Object[] {line.toString()});
        for (String d : node.explainDetails()) {
            out.add(new Object[] {detailIndent + d});
        }
        List<PlanNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            PlanNode c = children.get(i);
            if (node instanceof HashJoin && i == 1) {
                String hashPrefix = " ".repeat(6 * depth + 2) + "->  ";
                out.add(new Object[] {hashPrefix + "Hash"});
                print(c, depth + 2, out, -1);
            } else {
                print(c, depth + 1, out, -1);
            }
        }
    }
}
