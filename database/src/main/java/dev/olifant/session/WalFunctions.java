package dev.olifant.session;

import dev.olifant.catalog.durable.Durability;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.types.Types;
import dev.olifant.wal.Lsn;
import java.util.List;

/**
 * The WAL position functions: pg_current_wal_lsn() (written so far, which in Olifant is also
 * flushed: the writer writes only when it flushes), pg_current_wal_insert_lsn(),
 * pg_current_wal_flush_lsn(), pg_walfile_name(lsn), and pg_is_in_recovery(): false, because a
 * server accepts connections only once crash recovery has finished and there are no hot standbys
 * (a server replaying a primary's stream) yet.
 */
final class WalFunctions {
    private WalFunctions() {
    }

    /** The function's expression, or null when {@code name} is not one of these. */
    static Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location,
            Durability wal) {
        return switch (name) {
            case "pg_current_wal_lsn", "pg_current_wal_flush_lsn" -> args.isEmpty()
                    ? new Call(name, (c, a) -> wal.writer().flushedLsn(), new Expression[0], false, false, Types.PG_LSN, -1)
                    : null;
            case "pg_current_wal_insert_lsn" -> args.isEmpty()
                    ? new Call(name, (c, a) -> wal.writer().insertLsn(), new Expression[0], false, false, Types.PG_LSN, -1)
                    : null;
            case "pg_walfile_name" -> args.size() == 1
                    ? new Call(name, (c, a) -> walFileName((Long) a[0]),
                            new Expression[] {ExpressionAnalysis.coerce(ctx, args.get(0), Types.PG_LSN, -1, location)},
                            true, false, Types.TEXT, -1)
                    : null;
            case "pg_is_in_recovery" -> args.isEmpty()
                    ? new Call(name, (c, a) -> Boolean.FALSE, new Expression[0], false, false, Types.BOOL, -1)
                    : null;
            default -> null;
        };
    }

    /** PostgreSQL's XLByteToPrevSeg: an LSN at a segment boundary belongs to the segment before. */
    static String walFileName(long lsn) {
        return Lsn.segmentName(Lsn.segmentNumber(lsn - 1));
    }
}
