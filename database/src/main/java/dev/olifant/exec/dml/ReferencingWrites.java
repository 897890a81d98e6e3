package dev.olifant.exec.dml;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Transaction;
import dev.olifant.types.Cast;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import java.util.List;

/**
 * The referenced side's writing actions on one referencing row: ON DELETE CASCADE deletes it; ON
 * UPDATE CASCADE gives it the new key; SET NULL and SET DEFAULT set its key columns (or, for ON
 * DELETE, the listed ones). The row is claimed as UPDATE and DELETE claim rows (FOR UPDATE for a
 * delete or a change of a key column, FOR NO KEY UPDATE otherwise); one a concurrent
 * transaction changed first is followed to its newest version and skipped when its key no longer
 * matches. Under REPEATABLE READ a row the transaction's snapshot does not see is not written
 * (40001), as PostgreSQL's crosscheck snapshot refuses it.
 */
final class ReferencingWrites {
    private ReferencingWrites() {
    }

    static void apply(ForeignKeys fks, ForeignKeyInfo fk, ForeignKeys.Referenced r, Object[] oldKey, long tid,
            RowTriggers triggers) {
        ExecContext ctx = fks.ctx();
        Table table = fk.referencing();
        TableWriter w = fks.writer(table);
        int width = table.columns().size() + 1;
        List<Integer> setOnly = r.newRow() == null ? fk.constraint().foreignKey().deleteSetColumns() : List.of();
        RowLockMode mode = r.action() == ForeignKeyAction.CASCADE && r.newRow() == null ? RowLockMode.UPDATE
                : updateMode(w, fk, setOnly);
        boolean delete = r.action() == ForeignKeyAction.CASCADE && r.newRow() == null;
        // with BEFORE ROW triggers the row is locked first and claimed once they ran, as UPDATE
        // and DELETE do (PostgreSQL's GetTupleForTrigger): claiming marks it deleted
        boolean lockFirst = triggers != null && triggers.hasBeforeRow();
        Object[] triggered = null;
        while (true) {
            LockResult res = lockFirst ? RowTriggers.lockForTrigger(ctx, table, tid, mode)
                    : w.claim(tid, TupleVersion.NO_NEXT, mode);
            if (res == LockResult.SELF_UPDATED) {
                return;
            }
            if (res == LockResult.UPDATED) {
                long newest = w.newestVersion(tid);
                if (newest < 0) {
                    return;
                }
                Object[] row = TableSlots.row(table, w.heap().fetch(newest), newest, 0, width);
                if (!fk.matches(fk.fkValues(row), oldKey, ctx)) {
                    return;
                }
                tid = newest;
                continue;
            }
            if (lockFirst) {
                Object[] locked = stored(w, tid, width);
                triggered = triggers.beforeRow(locked, delete ? null : newValues(fks, fk, r, locked, setOnly));
                if (triggered == null) {
                    return;
                }
                lockFirst = false;
                continue;
            }
            break;
        }
        crosscheck(ctx, w.heap().fetch(tid));
        Object[] oldRow = stored(w, tid, width);
        if (delete) {
            if (triggers != null) {
                triggers.afterRowBeforeKeys(oldRow, null);
            }
            fks.enqueueDeleted(table, oldRow);
            if (triggers != null) {
                triggers.afterRow(oldRow, null);
            }
            return;
        }
        Object[] values = triggered != null ? triggered : newValues(fks, fk, r, oldRow, setOnly);
        w.checkRow(values);
        long newTid = w.insertReplacement(values, tid);
        if (triggers != null) {
            triggers.afterRowBeforeKeys(oldRow, values);
        }
        fks.enqueueUpdated(table, oldRow, values, newTid);
        if (triggers != null) {
            triggers.afterRow(oldRow, values);
        }
    }

    private static Object[] stored(TableWriter w, long tid, int width) {
        return java.util.Arrays.copyOf(TableSlots.row(w.table(), w.heap().fetch(tid), tid, 0, width), width - 1);
    }

    /** The referencing row as the action's UPDATE sets it: new key, NULLs or column defaults. */
    private static Object[] newValues(ForeignKeys fks, ForeignKeyInfo fk, ForeignKeys.Referenced r, Object[] oldRow,
            List<Integer> setOnly) {
        ExecContext ctx = fks.ctx();
        Table table = fk.referencing();
        TableWriter w = fks.writer(table);
        ForeignKeyAction action = r.action();
        Object[] values = oldRow.clone();
        for (int i = 0; i < fk.fkAttnums().length; i++) {
            int attnum = fk.fkAttnums()[i];
            if (!setOnly.isEmpty() && !setOnly.contains(attnum)) {
                continue;
            }
            Column col = table.column(attnum);
            values[attnum - 1] = switch (action) {
                case CASCADE -> assign(ctx, r.newRow()[fk.pkAttnums()[i] - 1], fk.pkType(i), col.type());
                case SET_NULL -> null;
                default -> defaultValue(w, ctx, col);
            };
        }
        return values;
    }

    /**
     * PostgreSQL's crosscheck snapshot: under REPEATABLE READ the action finds rows in the latest
     * state, but may write only those its transaction's snapshot sees; a referencing row another
     * transaction committed after that snapshot was taken is a serialization failure.
     */
    private static void crosscheck(ExecContext ctx, TupleVersion v) {
        Transaction me = ctx.transaction();
        if (me.isolation().usesTransactionSnapshot() && !me.isCurrent(v.xmin()) && !ctx.isVisible(v)) {
            throw new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update");
        }
    }

    /**
     * The row lock the action's UPDATE takes, as heap_update chooses it: FOR UPDATE when a column
     * it sets is in a unique index of the referencing table (a key), FOR NO KEY UPDATE otherwise.
     */
    private static RowLockMode updateMode(TableWriter w, ForeignKeyInfo fk, List<Integer> setOnly) {
        for (TableTarget.IndexTarget ix : w.indexes()) {
            if (!ix.index().unique()) {
                continue;
            }
            for (int attnum : ix.attnums()) {
                for (int fkAttnum : fk.fkAttnums()) {
                    if (attnum == fkAttnum && (setOnly.isEmpty() || setOnly.contains(attnum))) {
                        return RowLockMode.UPDATE;
                    }
                }
            }
        }
        return RowLockMode.NO_KEY_UPDATE;
    }

    private static Object defaultValue(TableWriter w, ExecContext ctx, Column col) {
        Expression e = ctx.services().columnDefault(w.table().oid(), col.attnum());
        return e == null ? null : e.eval(new Object[0], ctx);
    }

    private static Object assign(ExecContext ctx, Object v, PgType from, PgType to) {
        if (v == null || from.equals(to)) {
            return v;
        }
        Cast c = Casts.find(from, to, CoercionContext.ASSIGNMENT);
        return c == null ? v : c.apply(v, ctx);
    }
}
