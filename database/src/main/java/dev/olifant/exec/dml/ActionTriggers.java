package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The referencing table's triggers that the referenced side's writing actions fire. PostgreSQL
 * runs each action as a query on the referencing table ({@code DELETE FROM fktable WHERE key =
 * $1}, {@code UPDATE fktable SET ...}) through SPI without a query level of its own, so the
 * action's trigger events join the after-trigger queue of the statement whose row fired it:
 * <ul>
 * <li>BEFORE STATEMENT fires at the first action query on a table and event in that queue (even
 * one that finds no rows), not again (trigger.c's before_stmt_triggers_fired);</li>
 * <li>BEFORE ROW fires for each referencing row, before it is written; NULL skips the row, a
 * changed row is written as the function returned it;</li>
 * <li>AFTER ROW events are queued behind the events already in the queue, with the row's own
 * foreign key events first (the RI triggers sort first by name);</li>
 * <li>AFTER STATEMENT is queued at the end of every action query, replacing the one queued
 * before for that table and event (cancel_prior_stmt_triggers), so it fires once, after the
 * row events queued before it.</li>
 * </ul>
 * The statement's own triggers on its target table take part ({@link #adopt}), so a table that
 * references itself fires its statement triggers once.
 */
final class ActionTriggers {
    private final ExecContext ctx;
    private final ForeignKeys fks;
    /** Statement-level state by table oid and event. */
    private final Map<Long, Statement> statements = new java.util.LinkedHashMap<>();
    /** Row triggers of referencing leaf partitions by leaf oid and event (null values: none fire). */
    private final Map<Long, RowTriggers> leafRows = new HashMap<>();

    /** One table's statement triggers for one event in this queue, and its queued AFTER STATEMENT event. */
    static final class Statement {
        final RowTriggers triggers;
        final int event;
        ForeignKeys.Triggered pendingAfter;

        Statement(RowTriggers triggers, int event) {
            this.triggers = triggers;
            this.event = event;
        }
    }

    ActionTriggers(ExecContext ctx, ForeignKeys fks) {
        this.ctx = ctx;
        this.fks = fks;
    }

    private static long key(long oid, int event) {
        return oid * 64 + event;
    }

    /** The statement's own triggers on its target table: their AFTER events go to the shared queue. */
    void adopt(Table table, int event, RowTriggers triggers) {
        triggers.queueInto(fks::enqueueTriggered);
        statements.put(key(table.oid(), event), new Statement(triggers, event));
    }

    /** Queues the AFTER STATEMENT events of the adopted triggers, behind the statement's row events. */
    void statementEnded() {
        for (Statement s : statements.values()) {
            requeueAfter(s);
        }
    }

    /**
     * Starts one action query writing {@code fk}'s referencing table: BEFORE STATEMENT fires when
     * it is the first in this queue. Returns null when no trigger of the table fires for {@code event}.
     */
    Statement start(ForeignKeyInfo fk, int event) {
        Table declared = fk.reportedReferencing();
        long k = key(declared.oid(), event);
        Statement s = statements.get(k);
        if (s == null) {
            RowTriggers t = RowTriggers.open(ctx, declared, event);
            if (t != null) {
                t.queueInto(fks::enqueueTriggered);
            }
            s = new Statement(t, event);
            statements.put(k, s);
        }
        return s.triggers == null && rows(fk.referencing(), declared, event) == null ? null : s;
    }

    /** The row triggers for rows of {@code table} (a leaf of {@code declared}, or it), or null. */
    RowTriggers rows(Table table, Table declared, int event) {
        if (table.oid() == declared.oid()) {
            Statement s = statements.get(key(declared.oid(), event));
            return s == null ? null : s.triggers;
        }
        long k = key(table.oid(), event);
        if (!leafRows.containsKey(k)) {
            RowTriggers t = RowTriggers.openRows(ctx, table, event);
            if (t != null) {
                t.queueInto(fks::enqueueTriggered);
            }
            leafRows.put(k, t);
        }
        return leafRows.get(k);
    }

    /** Ends one action query: its AFTER STATEMENT event goes to the end of the queue. */
    void end(Statement s) {
        requeueAfter(s);
    }

    private void requeueAfter(Statement s) {
        if (s.triggers == null || !s.triggers.hasAfterStatement()) {
            return;
        }
        if (s.pendingAfter != null) {
            s.pendingAfter.cancel();
        }
        RowTriggers t = s.triggers;
        s.pendingAfter = fks.enqueueTriggered(t::afterStatement);
    }
}
