package dev.olifant.commands;

import dev.olifant.exec.ExecContext;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import java.util.List;

/**
 * The table rewrite behind CLUSTER and ALTER COLUMN TYPE: the surviving rows go into new storage
 * as versions written by the current command, each logged in the transaction's redo.
 */
final class TableRewrite {
    private TableRewrite() {
    }

    /** New storage holding {@code rows} in this order, each inserted by the current command. */
    static TableStorage write(ExecContext exec, List<Object[]> rows) {
        TableStorage fresh = new TableStorage();
        long xid = exec.transaction().writeXid();
        int cid = exec.commandId();
        for (Object[] values : rows) {
            exec.checkInterruptsCheaply();
            long tid = fresh.heap().insert(new TupleVersion(xid, cid, values));
            exec.transaction().redo().heapInsert(fresh.id(), tid, values);
        }
        return fresh;
    }
}
