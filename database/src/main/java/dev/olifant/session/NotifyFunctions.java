package dev.olifant.session;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.types.EvalContext;
import dev.olifant.types.Types;
import java.util.List;

/**
 * pg_notify(channel, payload), NOTIFY as a function (not strict: a NULL payload is an empty one,
 * a NULL channel an empty name, which is refused), and pg_notification_queue_usage().
 */
final class NotifyFunctions {
    private NotifyFunctions() {
    }

    static Expression notify(List<Expression> args, AnalysisContext ctx, int location) {
        Expression[] a = new Expression[2];
        for (int i = 0; i < 2; i++) {
            a[i] = ExpressionAnalysis.coerce(ctx, args.get(i), Types.TEXT, -1, location);
        }
        return new Call("pg_notify", (c, v) -> {
            session(c).notifications().notify((String) v[0], (String) v[1]);
            return "";
        }, a, false, false, Types.VOID, -1);
    }

    static Expression queueUsage() {
        return new Call("pg_notification_queue_usage", (c, v) -> session(c).instance().notifications().usage(),
                new Expression[0], false, false, Types.FLOAT8, -1);
    }

    private static PgSession session(EvalContext c) {
        return (PgSession) ((ExecContext) c).services();
    }
}
