package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TriggerCall;
import java.util.List;

/**
 * The statement-level TRUNCATE triggers of the tables one TRUNCATE empties (trigger.c's
 * ExecBSTruncateTriggers and ExecASTruncateTriggers): the BEFORE ones of every table, in the
 * order the tables were gathered (named, then their partitions or inheritance children, then
 * those added by CASCADE), before any is emptied; the AFTER ones likewise once all are. Each
 * sees TG_OP 'TRUNCATE', TG_LEVEL 'STATEMENT' and no NEW or OLD row. There are no row-level
 * TRUNCATE triggers.
 */
public final class TruncateTriggers {
    private TruncateTriggers() {
    }

    /** Fires the BEFORE ({@code before}) or AFTER TRUNCATE triggers of {@code tables}. */
    public static void fire(ExecContext ctx, List<Table> tables, boolean before) {
        if (ctx.services() == null) {
            return;
        }
        for (Table table : tables) {
            for (Trigger t : ctx.services().triggers(table.oid())) {
                if (!t.on(Trigger.TYPE_TRUNCATE) || t.row() || t.before() != before
                        || !(t.enabled() == 'O' || t.enabled() == 'A')) {
                    continue;
                }
                TriggerCall call = new TriggerCall(t, table, before ? "BEFORE" : "AFTER", "STATEMENT", "TRUNCATE",
                        null, null);
                if (t.when() == null || ctx.services().triggerCondition(call)) {
                    ctx.services().callTrigger(call);
                }
            }
        }
    }
}
