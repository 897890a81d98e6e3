package dev.olifant.catalog.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry of system views by schema and name. */
public final class SystemViews {
    private static final Map<String, SystemView> VIEWS = new HashMap<>();

    static {
        for (SystemView v : all()) {
            VIEWS.put(v.schema() + "." + v.name(), v);
        }
    }

    private SystemViews() {
    }

    /** Every system view Olifant provides. */
    static List<SystemView> all() {
        return List.of();
    }

    /** The view {@code schema.name}, or null. */
    public static SystemView find(String schema, String name) {
        return VIEWS.get(schema + "." + name);
    }
}
