package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.types.Types;
import dev.olifant.types.func.RowToJson;

/**
 * {@code to_json(t)}, {@code to_jsonb(t)} and {@code row_to_json(t)} over a whole row of a FROM
 * item: the row's columns become the object's members, in column order. Whole-row values exist
 * nowhere else yet, so the call is analyzed as a function of the row's columns.
 */
final class WholeRowJson {
    private WholeRowJson() {
    }

    /** The call over the row's columns, or null when {@code f} is not such a call. */
    static Expression call(ExprAnalyzer ex, String name, FuncCall f) {
        if (!(name.equals("to_json") || name.equals("to_jsonb") || name.equals("row_to_json"))
                || f.args().size() != 1 || ex.grouping != null
                || !(f.args().get(0) instanceof ColumnRef c) || c.star() || c.fields().size() != 1) {
            return null;
        }
        String alias = c.fields().get(0);
        RangeEntry e = ex.scope.entry(alias);
        if (e == null || e.names().contains(alias)) {
            return null;
        }
        Expression[] args = new Expression[e.names().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = new Slot(e.slots()[i], e.types().get(i), e.typmods().get(i), e.names().get(i));
        }
        boolean jsonb = name.equals("to_jsonb");
        return new Call(name, RowToJson.of(jsonb, e.names(), e.types()), args, false, false,
                jsonb ? Types.JSONB : Types.JSON, -1);
    }
}
