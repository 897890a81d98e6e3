package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.HashJoin;
import dev.olifant.exec.plan.Instrumentation;
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
    private boolean timing = true;
    private boolean timingSet;
    private Boolean summary;
    private SubPlans subPlans;

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
                case "timing" -> {
                    timing = on;
                    timingSet = true;
                }
                case "summary" -> summary = on;
                case "verbose", "buffers", "settings", "wal" -> {
                }
                case "format" -> {
                    String format = opt.value() == null ? "" : opt.value().toLowerCase(Locale.ROOT);
                    if (!List.of("text", "json", "xml", "yaml").contains(format)) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized value for EXPLAIN option \""
                                + name + "\": \"" + opt.value() + "\"").withPosition(opt.location() + 1);
                    }
                    if (!"text".equals(format)) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN format " + opt.value()
                                + " is not supported yet");
                    }
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized EXPLAIN option \"" + name + "\"")
                        .withPosition(opt.location() + 1);
            }
        }
        if (timingSet && timing && !analyze) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "EXPLAIN option TIMING requires ANALYZE");
        }
        Prepared inner;
        if (e.statement() instanceof dev.olifant.sql.ast.ExecuteStmt ex) {
            inner = executed(ex);
        } else if (e.statement() instanceof PreparableStatement) {
            inner = new Prepared(outer.sql, new dev.olifant.sql.ast.RawStatement(e.statement(), outer.sql,
                    outer.raw.start(), outer.raw.end()), new PgType[0]);
        } else {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN of this statement is not supported yet");
        }
        long planStart = System.nanoTime();
        runner.analyzeIfQuery(inner);
        // planning locks the relations the statement uses, as PostgreSQL's parse analysis does
        dev.olifant.exec.dml.PlanLocks.acquire(session, session.interrupts::check, inner.analyzed.plan());
        session.checkPrivileges(inner.analyzed.privileges()); // EXPLAIN starts the executor too
        double planningMillis = (System.nanoTime() - planStart) / 1e6;
        PlanNode plan = inner.analyzed.plan();
        List<Object[]> lines = new ArrayList<>();
        double millis = 0;
        if (analyze) {
            plan = Instrumentation.instrument(plan);
            ExecContext ctx = session.execContext(txn, new Object[0]);
            long start = System.nanoTime();
            try (RowSource rows = plan.open(ctx)) {
                while (rows.next() != null) {
                    ctx.checkInterruptsCheaply();
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
            txn.nextCommand();
        }
        subPlans = new SubPlans(plan);
        subPlans.enter(plan);
        print(plan, -1, lines);
        if (summary != null ? summary : analyze) {
            lines.add(new Object[] {String.format(Locale.ROOT, "Planning Time: %.3f ms", planningMillis)});
        }
        if (analyze && (summary == null || summary)) {
            lines.add(new Object[] {String.format(Locale.ROOT, "Execution Time: %.3f ms", millis)});
        }
        return lines;
    }

    /**
     * EXPLAIN EXECUTE name: the prepared statement planned now, with the planner settings in
     * force now, as PostgreSQL's custom plan for an execution is.
     */
    private Prepared executed(dev.olifant.sql.ast.ExecuteStmt ex) {
        Prepared target = session.statement(ex.name());
        if (!ex.params().isEmpty() || target.paramTypes.length > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "EXPLAIN EXECUTE of a statement with parameters is not supported yet");
        }
        if (!(target.raw.statement() instanceof PreparableStatement)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN of this statement is not supported yet");
        }
        return new Prepared(target.sql, target.raw, new PgType[0]);
    }

    /** PostgreSQL's {@code (actual time=… rows=… loops=…)} of a node, or {@code (never executed)}. */
    private String actual(Instrumentation.Stats s) {
        if (s.loops() == 0) {
            return "(never executed)";
        }
        if (timing) {
            return String.format(Locale.ROOT, "(actual time=%.3f..%.3f rows=%.0f loops=%d)", s.startupMillisPerLoop(),
                    s.totalMillisPerLoop(), s.rowsPerLoop(), s.loops());
        }
        return String.format(Locale.ROOT, "(actual rows=%.0f loops=%d)", s.rowsPerLoop(), s.loops());
    }

    /**
     * Prints {@code node} with its arrow at {@code arrow} spaces (-1 for the plan's root, which has
     * none): details 6 columns right of the arrow, then the InitPlans its lines refer to, its
     * children, and the SubPlans its lines refer to, as PostgreSQL's ExplainNode orders them.
     */
    private void print(PlanNode node, int arrow, List<Object[]> out) {
        Instrumentation.Stats stats = node instanceof Instrumentation.Instrumented i ? i.stats() : null;
        PlanNode shown = node instanceof Instrumentation.Instrumented i ? i.original() : node;
        if (node.explainTitle() == null) {
            for (PlanNode c : node.children()) {
                print(c, arrow, out);
            }
            return;
        }
        String prefix = arrow < 0 ? "" : " ".repeat(arrow) + "->  ";
        int detail = arrow < 0 ? 2 : arrow + 6;
        String detailIndent = " ".repeat(detail);
        StringBuilder line = new StringBuilder(prefix).append(node.explainTitle());
        if (costs) {
            double rows = Math.max(1, Math.round(node.estimatedRows()));
            line.append(String.format(Locale.ROOT, "  (cost=0.00..%.2f rows=%d width=%d)", rows * 0.01 + 1,
                    (long) rows, Math.max(4, node.width() * 4)));
        }
        if (stats != null) {
            line.append(' ').append(actual(stats));
        }
        out.add(new Object[] {line.toString()});
        for (String d : subPlans.render(node::explainDetails)) {
            out.add(new Object[] {detailIndent + d});
            if (stats != null && d.startsWith("Filter: ") && stats.removedByFilterPerLoop() > 0) {
                out.add(new Object[] {detailIndent + String.format(Locale.ROOT, "Rows Removed by Filter: %.0f",
                        stats.removedByFilterPerLoop())});
            }
        }
        List<Expression> subs = subPlans.referenced(node);
        for (Expression sub : subs) {
            if (subPlans.isInitPlan(sub)) {
                printSubPlan(sub, detail, out);
            }
        }
        List<PlanNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            PlanNode c = children.get(i);
            if (shown instanceof HashJoin && i == 1) {
                Instrumentation.Stats hashStats = c instanceof Instrumentation.Instrumented h ? h.stats() : null;
                out.add(new Object[] {" ".repeat(detail) + "->  Hash" + (hashStats == null ? "" : " "
                        + actual(hashStats))});
                print(c, detail + 6, out);
            } else {
                print(c, detail, out);
            }
        }
        for (Expression sub : subs) {
            if (!subPlans.isInitPlan(sub)) {
                printSubPlan(sub, detail, out);
            }
        }
    }

    private void printSubPlan(Expression sub, int indent, List<Object[]> out) {
        out.add(new Object[] {" ".repeat(indent) + subPlans.heading(sub)});
        PlanNode plan = SubPlans.plan(sub);
        subPlans.enter(plan);
        try {
            print(plan, indent + 2, out);
        } finally {
            subPlans.leave();
        }
    }
}
