package dev.olifant.catalog.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry of system views by schema and name. */
public final class SystemViews {
    private static final List<SystemView> ALL = collect();
    private static final Map<String, SystemView> VIEWS = new HashMap<>();
    private static final Map<Long, SystemView> BY_OID = new HashMap<>();

    static {
        for (SystemView v : all()) {
            VIEWS.put(v.schema() + "." + v.name(), v);
            BY_OID.put(v.oid(), v);
        }
    }

    private SystemViews() {
    }

    /** Every system view Olifant provides. */
    static List<SystemView> all() {
        return ALL;
    }

    private static List<SystemView> collect() {
        List<SystemView> all = new ArrayList<>();
        all.addAll(ClassViews.all());
        all.addAll(AttributeViews.all());
        all.addAll(ConstraintViews.all());
        all.addAll(RoleViews.all());
        all.addAll(ActivityViews.all());
        all.addAll(CursorViews.all());
        all.addAll(FixedViews.all());
        all.addAll(PartitionViews.all());
        all.add(Procs.view());
        all.addAll(SummaryViews.all());
        all.addAll(StatsViews.all());
        all.addAll(InformationSchema.all());
        return List.copyOf(all);
    }

    /** The view with this pg_class OID, or null. */
    public static SystemView byOid(long oid) {
        return BY_OID.get(oid);
    }

    /** The view {@code schema.name}, or null. */
    public static SystemView find(String schema, String name) {
        return VIEWS.get(schema + "." + name);
    }
}
