package dev.olifant.exec.dml;

import dev.olifant.catalog.Constraint;
import dev.olifant.exec.ExecContext;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.XactState;

/**
 * A row version entered into a DEFERRABLE unique constraint's index while another live version
 * had the same key. As in PostgreSQL, such an entry is not an error at once: the key is looked
 * at again at the end of the statement (INITIALLY IMMEDIATE) or at commit (deferred), and it is a
 * violation only if the version is still live and still has a live duplicate then.
 */
record UniqueRecheck(Constraint constraint, TableTarget target, TableTarget.IndexTarget index, Object[] key,
        long tid) {

    /** Raises 23505 when the conflict still stands. */
    void fire(ExecContext ctx) {
        TableWriter w = new TableWriter(target, ctx);
        TupleVersion t = w.heap().fetch(tid);
        if (t == null || !stillLive(ctx, t)) {
            return;
        }
        w.findConflict(index, key, tid, true);
    }

    private static boolean stillLive(ExecContext ctx, TupleVersion t) {
        long xmin = t.xmin();
        if (ctx.transactions().state(xmin) == XactState.ABORTED) {
            return false;
        }
        long xmax = t.xmax();
        if (xmax == 0 || t.lockOnly()) {
            return true;
        }
        return xmax != ctx.transaction().xid() && ctx.transactions().state(xmax) == XactState.ABORTED;
    }
}
