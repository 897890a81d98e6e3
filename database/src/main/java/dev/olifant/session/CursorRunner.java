package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.sql.ast.ClosePortalStmt;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.DeclareCursorStmt;
import dev.olifant.sql.ast.FetchStmt;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.txn.Transaction;
import java.util.List;

/**
 * DECLARE … CURSOR, FETCH, MOVE and CLOSE (PostgreSQL's PerformCursorOpen, PerformPortalFetch and
 * PerformPortalClose). DECLARE analyses and plans its query, takes the relations' locks and opens
 * the plan on an execution context made now, so the cursor reads with the snapshot and command id
 * of its DECLARE however late it is fetched.
 */
final class CursorRunner {
    private final PgSession session;
    private final StatementRunner runner;

    CursorRunner(PgSession session, StatementRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    static boolean handles(Statement s) {
        return s instanceof DeclareCursorStmt || s instanceof FetchStmt || s instanceof ClosePortalStmt;
    }

    /** Runs a cursor statement; always completes. */
    boolean run(Statement s, Prepared p, Object[] params, short[] formats, ResultSink sink, boolean simple) {
        switch (s) {
            case DeclareCursorStmt d -> declare(d, p, params);
            case FetchStmt f -> {
                fetch(f, formats, sink, simple);
                return true;
            }
            case ClosePortalStmt c -> close(c);
            default -> throw new IllegalArgumentException(s.getClass().getName());
        }
        sink.commandComplete(s instanceof DeclareCursorStmt ? "DECLARE CURSOR"
                : ((ClosePortalStmt) s).cursorName() == null ? "CLOSE CURSOR ALL" : "CLOSE CURSOR");
        return true;
    }

    /** The RowDescription of a FETCH (the cursor's columns), or null: MOVE, or no such cursor yet. */
    List<Field> describe(Statement s, short[] formats) {
        if (s instanceof FetchStmt f && !f.move()) {
            Cursor c = session.cursors.find(f.cursorName());
            if (c != null) {
                return ResultEncoder.fields(c.columns, formats);
            }
        }
        return null;
    }

    /** At Parse: the parameter types of a DECLARE's query, as for the query alone. */
    void resolveParameters(Prepared p) {
        if (p.raw.statement() instanceof DeclareCursorStmt d) {
            Prepared inner = inner(d, p);
            runner.refresh(inner);
            p.paramTypes = inner.paramTypes;
        }
    }

    private static Prepared inner(DeclareCursorStmt d, Prepared p) {
        return new Prepared(p.sql, new RawStatement(d.query(), p.raw.source(), p.raw.start(), p.raw.end()),
                p.paramTypes);
    }

    private void declare(DeclareCursorStmt d, Prepared p, Object[] params) {
        if (d.scroll() && d.noScroll()) {
            throw new PgException(SqlState.INVALID_CURSOR_DEFINITION, "cannot specify both SCROLL and NO SCROLL");
        }
        if (d.asensitive() && d.insensitive()) {
            throw new PgException(SqlState.INVALID_CURSOR_DEFINITION,
                    "cannot specify both ASENSITIVE and INSENSITIVE");
        }
        SelectStmt query = d.query();
        if (query.with() != null) {
            for (CommonTableExpr cte : query.with().ctes()) {
                if (!(cte.query() instanceof SelectStmt)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "DECLARE CURSOR must not contain data-modifying statements in WITH");
                }
            }
        }
        Transaction txn = session.beginStatementTransaction();
        Prepared inner = inner(d, p);
        runner.refresh(inner);
        checkLocking(d);
        TransactionState tx = session.tx;
        if (!d.hold() && !tx.explicit() && !session.multiStatement) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "DECLARE CURSOR can only be used in transaction blocks");
        }
        if (session.cursors.exists(d.name())) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + d.name() + "\" already exists");
        }
        runner.lockRelations(inner);
        ExecContext ctx = session.execContext(txn, params);
        var analyzed = inner.analyzed;
        session.checkPrivileges(analyzed.privileges()); // the portal's executor start
        boolean scrollable = d.scroll()
                || !d.noScroll() && query.locking().isEmpty() && Scrollability.backwardScan(analyzed.plan(), query);
        UpdatableScan.Tapped tapped = UpdatableScan.tap(analyzed.plan());
        CursorRows rows = tapped == null
                ? new CursorRows(analyzed.plan().open(ctx), scrollable, ctx::checkInterruptsCheaply, null)
                : new CursorRows(tapped.plan().open(ctx), scrollable, ctx::checkInterruptsCheaply, tapped.probe());
        session.cursors.add(new Cursor(d.name(), p.sql, analyzed.columns(), d.binary(), scrollable, d.hold(), rows,
                tx.savepointDepth()));
        txn.nextCommand();
    }

    /** FOR UPDATE / SHARE cursors lock the rows they fetch, so they cannot be held, scrolled or insensitive. */
    private static void checkLocking(DeclareCursorStmt d) {
        if (d.query().locking().isEmpty()) {
            return;
        }
        String clause = "FOR " + d.query().locking().get(0).strength().name().replace('_', ' ');
        if (d.hold()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE CURSOR WITH HOLD ... " + clause
                    + " is not supported").withDetail("Holdable cursors must be READ ONLY.");
        }
        if (d.scroll()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DECLARE SCROLL CURSOR ... " + clause
                    + " is not supported").withDetail("Scrollable cursors must be READ ONLY.");
        }
        if (d.insensitive()) {
            throw new PgException(SqlState.INVALID_CURSOR_DEFINITION, "DECLARE INSENSITIVE CURSOR ... " + clause
                    + " is not valid").withDetail("Insensitive cursors must be READ ONLY.");
        }
    }

    private void fetch(FetchStmt f, short[] formats, ResultSink sink, boolean simple) {
        Cursor c = session.cursors.get(f.cursorName());
        if (c.failed) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "portal \"" + c.name
                    + "\" cannot be run");
        }
        session.beginStatementTransaction();
        long n;
        try {
            if (f.move()) {
                n = c.fetch(f.direction(), f.count(), null);
            } else {
                short[] fmt = simple ? new short[] {(short) (c.binary ? 1 : 0)} : formats;
                if (simple) {
                    sink.rowDescription(ResultEncoder.fields(c.columns, fmt));
                }
                ResultEncoder encoder = new ResultEncoder(c.columns, fmt, session.formatSettings(), session.regLookup);
                n = c.fetch(f.direction(), f.count(), row -> sink.dataRow(encoder.encode(row)));
            }
        } catch (RuntimeException e) {
            // as PostgreSQL marks a portal failed by any error while it runs (even NO SCROLL's)
            c.failed = true;
            throw e;
        }
        sink.commandComplete((f.move() ? "MOVE " : "FETCH ") + n);
    }

    private void close(ClosePortalStmt c) {
        if (c.cursorName() == null) {
            session.cursors.closeAll();
        } else {
            session.cursors.close(c.cursorName());
        }
    }
}
