package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.LeafTid;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * The {@code tableoid} system column: the OID of the table a row is stored in. A row read
 * through a partitioned table carries its leaf partition in its tuple id slot ({@link LeafTid});
 * any other row comes from {@code tableOid} itself (a system catalog's rows from the catalog,
 * whose {@code tidSlot} is -1).
 *
 * <p>The planner cannot list the slot it reads (the tuple id slot of a leaf scan holds a plain
 * tuple id until the partitioned table's append wraps it), so conditions on it are evaluated on
 * complete rows, above the scans.
 */
public record TableOidExpr(int tidSlot, long tableOid) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        if (tidSlot >= 0 && row != null && row[tidSlot] instanceof LeafTid leaf) {
            return leaf.leaf().oid();
        }
        return tableOid;
    }

    @Override
    public PgType type() {
        return Types.OID;
    }

    @Override
    public String toString() {
        return "tableoid";
    }
}
