package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.commands.CommandContext;
import dev.olifant.commands.Commands;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.dml.ModifyResult;
import dev.olifant.exec.dml.PlanLocks;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.AnalyzedStatement;
import dev.olifant.sql.analyze.DmlAnalyzer;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.CopyStmt;
import dev.olifant.sql.ast.DeallocateStmt;
import dev.olifant.sql.ast.ExecuteStmt;
import dev.olifant.sql.ast.PrepareStmt;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.types.PgType;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.ExplainStmt;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.ShowStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TransactionKind;
import dev.olifant.sql.ast.TransactionStmt;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.txn.Transaction;
import dev.olifant.types.Types;
import java.util.List;

/**
 * Runs one statement for a session (PostgreSQL's exec_simple_query / exec_execute_message
 * bodies): queries and DML through analysis and their plan, transaction control and settings
 * through {@link UtilityRunner}, COPY through {@link CopyRunner}, everything else through
 * {@link Commands}.
 */
final class StatementRunner {
    private final PgSession session;
    private final UtilityRunner utility;
    private final CursorRunner cursors;

    StatementRunner(PgSession session) {
        this.session = session;
        this.utility = new UtilityRunner(session);
        this.cursors = new CursorRunner(session, this);
    }

    static boolean allowedInFailedBlock(Statement s) {
        return s instanceof TransactionStmt t && (t.kind() == TransactionKind.ROLLBACK
                || t.kind() == TransactionKind.COMMIT || t.kind() == TransactionKind.ROLLBACK_TO);
    }

    static PgException failedBlock() {
        return new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                "current transaction is aborted, commands ignored until end of transaction block");
    }

    /** Analyses a query or DML statement at Parse time, fixing its parameter types. */
    void analyzeIfQuery(Prepared p) {
        if (p.raw.statement() instanceof PreparableStatement) {
            analyze(p);
        } else if (CursorRunner.handles(p.raw.statement())) {
            cursors.resolveParameters(p);
        }
    }

    /**
     * Analyses again when the catalog, search_path or a table's statistics (ANALYZE) changed since
     * the last analysis, or for every execution under {@code plan_cache_mode = force_custom_plan} (see {@link PlanCacheMode}).
     */
    void refresh(Prepared p) {
        if (stale(p)) {
            analyze(p);
        }
    }

    /** Whether a preparable statement's analysis no longer fits the catalog, settings or statistics. */
    private boolean stale(Prepared p) {
        if (p.raw == null || !(p.raw.statement() instanceof PreparableStatement)) {
            return false;
        }
        return p.analyzed == null || p.analyzedWith != session.catalog()
                || !session.settings.get("search_path").equals(p.searchPath)
                || p.statisticsVersion != session.instance().statisticsVersion()
                || PlanCacheMode.replanEveryTime(session.settings.get("plan_cache_mode"));
    }

    /** Analyzes a statement that can be prepared: a query or one of the DML statements. */
    static AnalyzedStatement analyze(AnalysisContext ctx, PreparableStatement st) {
        AnalyzedStatement a = switch (st) {
            case SelectStmt s -> {
                var q = new QueryAnalyzer(ctx).analyze(s);
                yield new AnalyzedStatement(AnalyzedStatement.Kind.SELECT, q.plan(), q.columns(), true);
            }
            case InsertStmt s -> new DmlAnalyzer(ctx).insert(s);
            case UpdateStmt s -> new DmlAnalyzer(ctx).update(s);
            case DeleteStmt s -> new DmlAnalyzer(ctx).delete(s);
            case dev.olifant.sql.ast.MergeStmt s -> new DmlAnalyzer(ctx).merge(s);
        };
        return a.withPrivileges(ctx.privileges().result());
    }

    private void analyze(Prepared p) {
        Catalog catalog = session.catalog();
        p.statisticsVersion = session.instance().statisticsVersion();
        ParamTypes params = new ParamTypes(p.paramTypes, true);
        AnalysisContext ctx = session.analysisContext(catalog, params);
        p.analyzed = analyze(ctx, (PreparableStatement) p.raw.statement());
        p.paramTypes = params.resolved();
        p.analyzedWith = catalog;
        p.searchPath = session.settings.get("search_path");
    }

    /** The RowDescription of a statement, or null for NoData. */
    List<dev.olifant.session.Field> describe(Prepared p, short[] formats) {
        if (p.raw == null) {
            return null;
        }
        Statement s = p.raw.statement();
        if (CursorRunner.handles(s)) {
            return cursors.describe(s, formats);
        }
        if (s instanceof PreparableStatement) {
            refresh(p);
            return p.analyzed.returnsRows() ? ResultEncoder.fields(p.analyzed.columns(), formats) : null;
        }
        List<ResultColumn> cols = utility.resultColumns(s);
        if (s instanceof ExplainStmt) {
            cols = Explain.COLUMNS;
        }
        return cols == null ? null : ResultEncoder.fields(cols, formats);
    }

    String show(String name) {
        return utility.show(name);
    }

    /**
     * Runs (or resumes) a statement, sending its results to {@code sink}.
     *
     * @return true when it completed, false when suspended at {@code maxRows}
     */
    boolean run(Prepared p, Object[] params, short[] formats, ResultSink sink, boolean simple, int maxRows,
            Portal portal) {
        Statement stmt = p.raw.statement();
        if (session.tx.failed() && !allowedInFailedBlock(stmt)) {
            throw failedBlock();
        }
        if (portal != null && portal.rows != null) {
            return stream(portal, sink, maxRows);
        }
        session.interrupts.startStatement(session.settings.getLong("statement_timeout"));
        if (stmt instanceof PreparableStatement) {
            return query(p, params, formats, sink, simple, maxRows, portal);
        }
        if (CursorRunner.handles(stmt)) {
            return cursors.run(stmt, p, params, formats, sink, simple);
        }
        if (stmt instanceof ExplainStmt e) {
            Transaction txn = session.beginStatementTransaction();
            List<Object[]> rows = new Explain(session, this).explain(e, p, txn);
            return sendRows(Explain.COLUMNS, rows, formats, sink, simple, "EXPLAIN");
        }
        if (stmt instanceof PrepareStmt ps) {
            PgType[] types = new PgType[ps.argTypes().size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = TypeResolver.resolve(ps.argTypes().get(i)).type();
            }
            if (!(ps.statement() instanceof PreparableStatement)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "PREPARE of this statement is not supported");
            }
            session.prepareSql(ps.name(), new RawStatement(ps.statement(), p.sql, p.raw.start(), p.raw.end()), types);
            preparedInTransaction(session.statement(ps.name()));
            sink.commandComplete("PREPARE");
            return true;
        }
        if (stmt instanceof DeallocateStmt d) {
            session.deallocate(d.name());
            sink.commandComplete(d.name() == null ? "DEALLOCATE ALL" : "DEALLOCATE");
            return true;
        }
        if (stmt instanceof ExecuteStmt ex) {
            Prepared target = session.statement(ex.name());
            refresh(target);
            if (ex.params().size() != target.paramTypes.length) {
                throw new PgException(SqlState.SYNTAX_ERROR, "wrong number of parameters for prepared statement \""
                        + ex.name() + "\"").withDetail("Expected " + target.paramTypes.length + " parameters but got "
                                + ex.params().size() + ".");
            }
            Transaction txn = session.beginStatementTransaction();
            Object[] values = new Object[ex.params().size()];
            ParamTypes none = new ParamTypes(new PgType[0], false);
            var actx = session.analysisContext(session.catalog(), none);
            ExecContext ectx = session.execContext(txn, new Object[0]);
            for (int i = 0; i < values.length; i++) {
                var e = ExpressionAnalysis.standalone(actx, ex.params().get(i), target.paramTypes[i]);
                values[i] = e.eval(null, ectx);
            }
            return run(target, values, formats, sink, simple, maxRows, null);
        }
        if (stmt instanceof CopyStmt c) {
            Transaction txn = session.beginStatementTransaction();
            String tag = new CopyRunner(session).run(c, txn, sink);
            txn.nextCommand();
            sink.commandComplete(tag);
            return true;
        }
        if (stmt instanceof dev.olifant.sql.ast.DoStmt d) {
            session.beginStatementTransaction();
            session.routines.runDo(d);
            sink.commandComplete("DO");
            return true;
        }
        UtilityRunner.Result r = utility.run(stmt, sink);
        if (r != null) {
            if (r.rows() != null) {
                return sendRows(r.columns(), r.rows(), formats, sink, simple, r.tag());
            }
            sink.commandComplete(r.tag());
            return true;
        }
        Transaction txn = session.beginStatementTransaction();
        if (txn.readOnly()) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute " + commandName(stmt)
                    + " in a read-only transaction");
        }
        var detach = DetachConcurrently.of(stmt);
        if (detach != null) {
            DetachConcurrently.refuseInBlock(session);
        }
        CommandContext ctx = commandContext(txn, sink);
        String tag = Commands.execute(stmt, p.raw.source(), ctx);
        if (detach != null) {
            DetachConcurrently.complete(session, detach, ctx, t -> commandContext(t, sink));
            txn = session.tx.current();
        }
        txn.nextCommand();
        sink.commandComplete(tag);
        return true;
    }

    /**
     * PREPARE runs in a transaction like other statements: its parse analysis takes the
     * transaction snapshot (under REPEATABLE READ the one later statements use) and locks the
     * relations the statement reads and writes until the transaction ends.
     */
    private void preparedInTransaction(Prepared p) {
        Transaction txn = session.beginStatementTransaction();
        session.execContext(txn, new Object[0]);
        if (p.analyzed != null) {
            lockRelations(p);
        }
    }

    private CommandContext commandContext(Transaction txn, ResultSink sink) {
        ExecContext exec = session.execContext(txn, new Object[0]);
        return new CommandContext(session.instance().cluster(), session.database(), session.tx.catalog(),
                c -> session.analysisContext(c, new ParamTypes(new dev.olifant.types.PgType[0], false)), exec,
                session.tx.explicit(), session.role().oid(), n -> session.notice(sink, n), session.settings.getLong("lock_timeout"),
                db -> session.instance().sessionsUsing(db, session));
    }

    private static String commandName(Statement stmt) {
        if (stmt instanceof dev.olifant.sql.ast.GrantRoleStmt g) {
            return g.grant() ? "GRANT ROLE" : "REVOKE ROLE";
        }
        String n = stmt.getClass().getSimpleName().replace("Stmt", "");
        StringBuilder sb = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (Character.isUpperCase(c) && !sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    private boolean query(Prepared p, Object[] params, short[] formats, ResultSink sink, boolean simple, int maxRows,
            Portal portal) {
        Transaction txn = session.beginStatementTransaction();
        refresh(p);
        lockRelations(p);
        AnalyzedStatement a = p.analyzed;
        session.checkPrivileges(a.privileges());
        if (a.kind() != AnalyzedStatement.Kind.SELECT && txn.readOnly()) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute " + a.kind().name()
                    + " in a read-only transaction");
        }
        ExecContext ctx = session.execContext(txn, params);
        Portal run = portal != null ? portal : new Portal(p, params, formats);
        run.ctx = ctx;
        run.rows = a.plan().open(ctx);
        run.encoder = a.returnsRows() ? new ResultEncoder(a.columns(), formats, session.formatSettings(),
                session.regLookup) : null;
        if (simple && a.returnsRows()) {
            sink.rowDescription(ResultEncoder.fields(a.columns(), formats));
        }
        return stream(run, sink, maxRows);
    }

    /**
     * Takes the statement's table locks before its snapshot; when waiting for them let DDL commit
     * (a table dropped or altered meanwhile), analyses again against the new catalog and locks
     * what the new plan uses; inheritance children already listed stay listed
     * ({@link dev.olifant.sql.analyze.InheritancePins}).
     */
    void lockRelations(Prepared p) {
        boolean pinned = false;
        while (true) {
            PlanLocks.acquire(session, session.interrupts::check, p.analyzed.plan());
            Catalog before = p.analyzedWith;
            boolean stale = stale(p);
            // the children lists are only needed when the statement is analysed again
            var pins = stale ? dev.olifant.sql.analyze.InheritancePins.of(p.analyzed.plan())
                    : java.util.Map.<Long, java.util.List<Long>>of();
            if (stale) {
                dev.olifant.sql.analyze.InheritancePins.during(pins, () -> {
                    analyze(p);
                    return null;
                });
            }
            if (p.analyzedWith == before) {
                if (pinned) {
                    p.statisticsVersion = -1; // the next execution lists the children anew
                }
                return;
            }
            pinned |= !pins.isEmpty();
        }
    }

    private boolean stream(Portal portal, ResultSink sink, int maxRows) {
        AnalyzedStatement a = portal.statement.analyzed;
        RowSource rows = portal.rows;
        Object[] row;
        int batch = 0;
        while (true) {
            if (maxRows > 0 && batch >= maxRows) {
                return false;
            }
            row = rows.next();
            if (row == null) {
                break;
            }
            if (portal.encoder != null) {
                sink.dataRow(portal.encoder.encode(row));
            }
            portal.sent++;
            batch++;
            portal.ctx.checkInterruptsCheaply();
        }
        long total = rows instanceof ModifyResult m ? m.processed() : portal.sent;
        rows.close();
        portal.rows = null;
        portal.ctx.transaction().nextCommand();
        String tag = switch (a.kind()) {
            case SELECT -> "SELECT " + total;
            case INSERT -> "INSERT 0 " + total;
            case UPDATE -> "UPDATE " + total;
            case DELETE -> "DELETE " + total;
            case MERGE -> "MERGE " + total;
        };
        sink.commandComplete(tag);
        return true;
    }

    private boolean sendRows(List<ResultColumn> cols, List<Object[]> rows, short[] formats, ResultSink sink,
            boolean simple, String tag) {
        if (simple) {
            sink.rowDescription(ResultEncoder.fields(cols, formats));
        }
        ResultEncoder enc = new ResultEncoder(cols, formats, session.formatSettings(), session.regLookup);
        for (Object[] r : rows) {
            sink.dataRow(enc.encode(r));
        }
        sink.commandComplete(tag);
        return true;
    }

    static List<ResultColumn> textColumn(String name) {
        return List.of(new ResultColumn(name, Types.TEXT, -1, 0, 0));
    }
}
