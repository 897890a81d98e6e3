package dev.olifant.sql.parser;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds a syntax tree with every {@code location} set to -1, so trees compare by structure only. */
final class AstNormalizer {

    private AstNormalizer() {
    }

    static Object normalize(Object node) {
        if (node == null) {
            return null;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(normalize(o));
            }
            return List.copyOf(out);
        }
        Class<?> c = node.getClass();
        if (!c.isRecord()) {
            return node;
        }
        try {
            RecordComponent[] comps = c.getRecordComponents();
            Object[] args = new Object[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                Object v = comps[i].getAccessor().invoke(node);
                if ((comps[i].getName().equals("location") || comps[i].getName().endsWith("Location"))
                        && types[i] == int.class) {
                    v = -1;
                }
                args[i] = normalize(v);
            }
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
