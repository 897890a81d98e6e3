package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.InSubquery;
import dev.olifant.sql.ast.ScalarSubquery;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.types.func.Aggregates;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Generic walks over the syntax tree's records: finding aggregate calls, and a location-free key
 * that identifies equal expressions (used to match SELECT-list expressions to GROUP BY ones).
 */
final class AstWalk {
    /** A record component's accessor, and whether its declared type can hold a tree node at all. */
    private record Component(String name, java.lang.reflect.Method accessor, boolean mayHoldNode) {
    }

    /**
     * Each record class's components, looked up once: {@code getRecordComponents()} builds new
     * reflection objects on every call, which made walking the tree of every simple query costly.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Component[] out = new Component[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Class<?> t = cs[i].getType();
                boolean leaf = t.isPrimitive() || t == String.class || t.isEnum() || Number.class.isAssignableFrom(t)
                        || t == Boolean.class;
                out[i] = new Component(cs[i].getName(), cs[i].getAccessor(), !leaf);
            }
            return out;
        }
    };

    private AstWalk() {
    }

    /** True when {@code node} contains an aggregate call at this query level (subqueries excluded). */
    static boolean containsAggregate(Object node) {
        return firstAggregate(node) != null;
    }

    /** The first aggregate call at this query level in {@code node} (subqueries excluded), or null. */
    static FuncCall firstAggregate(Object node) {
        if (node == null || node instanceof SelectStmt || node instanceof Exists || node instanceof ScalarSubquery) {
            return null;
        }
        if (node instanceof InSubquery in) {
            return firstAggregate(in.arg());
        }
        if (node instanceof FuncCall f && f.over() == null && isAggregateName(f)) {
            return f;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                FuncCall f = firstAggregate(o);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node instanceof Record r) {
            for (Component c : COMPONENTS.get(r.getClass())) {
                if (!c.mayHoldNode) {
                    continue;
                }
                Object v = value(c, r);
                FuncCall f = v instanceof Record || v instanceof List<?> ? firstAggregate(v) : null;
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    static boolean isAggregateName(FuncCall f) {
        List<String> parts = f.name().parts();
        String name = parts.get(parts.size() - 1);
        if (parts.size() == 2 && !parts.get(0).equals("pg_catalog")) {
            return false;
        }
        return Aggregates.isAggregate(name) || OrderedSetAggregates.isOrderedSet(name);
    }

    /** A string equal for two expressions exactly when they are the same tree, ignoring locations. */
    static String key(Object node) {
        StringBuilder sb = new StringBuilder();
        append(sb, node);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object node) {
        if (node instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            for (Component c : COMPONENTS.get(r.getClass())) {
                if (c.name.equals("location")) {
                    continue;
                }
                append(sb, value(c, r));
                sb.append(',');
            }
            sb.append(')');
        } else if (node instanceof List<?> list) {
            sb.append('[');
            for (Object o : list) {
                append(sb, o);
                sb.append(',');
            }
            sb.append(']');
        } else {
            sb.append(node);
        }
    }

    private static Object value(Component c, Record r) {
        try {
            return c.accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
