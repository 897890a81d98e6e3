package dev.olifant.session;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.RowSource;

/**
 * A bound statement ready to run, possibly run part-way: an Execute with a row limit leaves the
 * row source open so the next Execute continues where it stopped.
 */
final class Portal {
    final Prepared statement;
    final Object[] params;
    final short[] resultFormats;
    RowSource rows;
    ExecContext ctx;
    ResultEncoder encoder;
    long sent;
    /** The command tag when the statement finished producing rows (null while running or before). */
    String tag;

    Portal(Prepared statement, Object[] params, short[] resultFormats) {
        this.statement = statement;
        this.params = params;
        this.resultFormats = resultFormats;
    }
}
