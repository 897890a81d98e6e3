package dev.olifant.exec.expr;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * {@code WHERE CURRENT OF cursor} of UPDATE and DELETE (PostgreSQL's CurrentOfExpr): true for the
 * row of the target table the cursor is positioned on, compared by tuple id. The cursor is asked
 * when the statement runs, so a FETCH between two executions of a prepared statement moves it.
 */
public record CurrentOfExpr(String cursorName, Table table, int tidSlot) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        long tid = ctx.services().currentOf(cursorName, table);
        return row != null && row[tidSlot] instanceof Long t && t == tid;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public String toString() {
        return "CURRENT OF " + cursorName;
    }
}
