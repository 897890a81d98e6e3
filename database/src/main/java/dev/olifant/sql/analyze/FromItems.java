package dev.olifant.sql.analyze;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.system.SystemView;
import dev.olifant.catalog.system.SystemViews;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.JoinKind;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.types.PgType;
import dev.olifant.types.func.ResolvedFunction;
import java.util.ArrayList;
import java.util.BitSet;
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

    /** The range entry of a function in FROM: its columns in consecutive slots from {@code offset}, typmods unknown. */
    static RangeEntry functionEntry(String alias, List<String> names, List<PgType> colTypes, int offset) {
        int n = names.size();
        int[] slots = new int[n];
        List<Integer> typmods = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots[i] = offset + i;
            typmods.add(-1);
        }
        return new RangeEntry(alias, names, colTypes, typmods, slots, 0, new int[n], -1);
    }

    /** A system catalog named by {@code t}: qualified with its schema, or unqualified (pg_catalog is searched first). */
    static SystemView systemView(TableRef t) {
        List<String> parts = t.name().parts();
        if (parts.size() == 1) {
            return SystemViews.find("pg_catalog", parts.get(0));
        }
        String schema = parts.get(parts.size() - 2);
        return SystemViews.find(schema, parts.get(parts.size() - 1));
    }

    static SystemItem systemItem(SystemView view, String alias, List<String> colAliases, int offset) {
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        int n = view.columns().size();
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            names.add(i < colAliases.size() ? colAliases.get(i) : view.columns().get(i).name());
            types.add(view.columns().get(i).type());
            typmods.add(-1);
            slots[i] = offset + i;
        }
        // a system catalog (not a view) is a table: its tableoid system column is its own OID
        long catalogOid = view.schema().equals("pg_catalog") && view.oid() < 10_000 ? view.oid() : 0;
        RangeEntry e = new RangeEntry(alias, names, types, typmods, slots, catalogOid, new int[n], -1);
        return new SystemItem(view, alias, offset, n, e);
    }

    static BitSet range(Item item) {
        BitSet b = new BitSet();
        b.set(item.offset(), item.offset() + item.width());
        return b;
    }

    static boolean within(BitSet slots, Item item) {
        return subset(slots, range(item));
    }

    static boolean subset(BitSet a, BitSet b) {
        BitSet x = (BitSet) a.clone();
        x.andNot(b);
        return x.isEmpty();
    }

    static boolean isLateral(Item item) {
        return item instanceof SubqueryItem s && s.lateral() || item instanceof FunctionItem f && f.lateral();
    }
}
