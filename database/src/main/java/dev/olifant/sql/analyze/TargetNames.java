package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.ArrayConstructor;
import dev.olifant.sql.ast.ArraySubquery;
import dev.olifant.sql.ast.CaseExpr;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.Coalesce;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.MinMax;
import dev.olifant.sql.ast.NullIf;
import dev.olifant.sql.ast.SqlValueFunction;
import dev.olifant.types.Types;

/** The column name PostgreSQL gives an unnamed SELECT-list expression (FigureColname). */
final class TargetNames {
    private TargetNames() {
    }

    static String of(Expr e) {
        String n = figure(e);
        return n == null ? "?column?" : n;
    }

    /** A scalar subquery is named as its first output column is: the alias, or that column's own name. */
    private static String subqueryName(dev.olifant.sql.ast.QueryBody body) {
        return switch (body) {
            case dev.olifant.sql.ast.SimpleSelect s when !s.targets().isEmpty() -> {
                dev.olifant.sql.ast.SelectTarget t = s.targets().get(0);
                yield t.alias() != null ? t.alias() : figure(t.expr());
            }
            case dev.olifant.sql.ast.SelectStmt s -> subqueryName(s.body());
            case dev.olifant.sql.ast.SetOperation o -> subqueryName(o.left());
            case dev.olifant.sql.ast.ValuesClause v -> "column1";
            default -> null;
        };
    }

    private static String figure(Expr e) {
        return switch (e) {
            case ColumnRef c -> c.star() ? null : c.fields().get(c.fields().size() - 1);
            case FuncCall f -> f.syntax() == FuncSyntax.AT_TIME_ZONE ? "timezone" : f.name().last();
            case Cast c -> {
                Expr arg = c.arg();
                while (arg instanceof Cast nested) {
                    arg = nested.arg(); // an inner cast's type name is weaker than the outer one's
                }
                String inner = figure(arg);
                if (inner != null) {
                    yield inner;
                }
                String t = c.type().names().get(c.type().names().size() - 1);
                var type = Types.byName(t);
                yield type == null ? t : (c.type().arrayBounds().isEmpty() ? type.name() : type.name());
            }
            case dev.olifant.sql.ast.Subscript s -> figure(s.arg());
            case dev.olifant.sql.ast.FieldSelect f -> f.field();
            case dev.olifant.sql.ast.RowExpr r -> "row";
            case CaseExpr c -> "case";
            case Coalesce c -> "coalesce";
            case NullIf n -> "nullif";
            case MinMax m -> m.greatest() ? "greatest" : "least";
            case Exists x -> "exists";
            case dev.olifant.sql.ast.GroupingFunc g -> "grouping";
            case ArraySubquery a -> "array";
            case ArrayConstructor a -> "array";
            case SqlValueFunction v -> v.kind().name().toLowerCase(java.util.Locale.ROOT);
            case dev.olifant.sql.ast.ScalarSubquery s -> subqueryName(s.query().body());
            default -> null;
        };
    }
}
