package dev.olifant.sql.analyze;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.system.SystemView;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.JoinKind;
import dev.olifant.sql.ast.Expr;
import dev.olifant.types.func.ResolvedFunction;
import java.util.List;

/**
 * The FROM items as {@link FromPlanner} lays them out in the row it builds: each item occupies the
 * slots {@code [offset, offset + width)}, and a join item nests its two sides.
 */
final class FromItems {
    private FromItems() {
    }

    /** A FROM item laid out at {@code [offset, offset + width)}. */
    sealed interface Item permits BaseItem, SubqueryItem, JoinItem, SystemItem, FunctionItem {
        int offset();

        int width();
    }

    record BaseItem(Table table, String alias, int offset, int width, RangeEntry entry, boolean only)
            implements Item {
    }

    /** @param lateral the subquery reads earlier FROM items (or the enclosing query) through the pushed row */
    record SubqueryItem(AnalyzedQuery query, String alias, int offset, int width, RangeEntry entry,
            boolean lateral) implements Item {
    }

    record SystemItem(SystemView view, String alias, int offset, int width, RangeEntry entry) implements Item {
    }

    record FunctionItem(String name, ResolvedFunction function, Expression[] args, boolean ordinality,
            int offset, int width, RangeEntry entry, boolean lateral) implements Item {
    }

    /** @param alias {@code (a JOIN b) AS alias(cols)}: hides a and b behind one entry; null when absent */
    record JoinItem(JoinKind kind, Item left, Item right, Expr on, List<String> using, int offset, int width,
            dev.olifant.sql.ast.Alias alias) implements Item {
    }

    /** Each slot's {@code alias.column}, as EXPLAIN qualifies columns in a join. */
    static void qualifiedNames(Item item, String[] names) {
        RangeEntry e = switch (item) {
            case BaseItem b -> b.entry();
            case SubqueryItem q -> q.entry();
            case SystemItem q -> q.entry();
            case FunctionItem q -> q.entry();
            case JoinItem j -> {
                qualifiedNames(j.left(), names);
                qualifiedNames(j.right(), names);
                yield null;
            }
        };
        if (e == null || e.alias() == null) {
            return;
        }
        for (int i = 0; i < e.names().size(); i++) {
            int slot = e.slots()[i];
            if (slot >= 0 && slot < names.length) {
                names[slot] = e.alias() + "." + e.names().get(i);
            }
        }
    }
}
