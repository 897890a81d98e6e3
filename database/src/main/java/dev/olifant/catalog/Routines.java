package dev.olifant.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions, procedures and triggers of one catalog version (immutable, like
 * {@link Catalog}): changes return a new instance.
 */
public final class Routines {
    public static final Routines EMPTY = new Routines(Map.of(), Map.of());

    private final Map<Long, Routine> routines;
    private final Map<Long, Trigger> triggers;

    public Routines(Map<Long, Routine> routines, Map<Long, Trigger> triggers) {
        this.routines = routines;
        this.triggers = triggers;
    }

    public Routine routine(long oid) {
        return routines.get(oid);
    }

    public Collection<Routine> all() {
        return Collections.unmodifiableCollection(routines.values());
    }

    /** The routines named {@code name} in a schema. */
    public List<Routine> named(long namespaceOid, String name) {
        List<Routine> out = new ArrayList<>();
        for (Routine r : routines.values()) {
            if (r.namespaceOid() == namespaceOid && r.name().equals(name)) {
                out.add(r);
            }
        }
        return out;
    }

    public Collection<Trigger> triggers() {
        return Collections.unmodifiableCollection(triggers.values());
    }

    public Trigger trigger(long oid) {
        return triggers.get(oid);
    }

    /** A table's triggers in the order they fire: by name, as PostgreSQL orders them. */
    public List<Trigger> triggersOn(long tableOid) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers.values()) {
            if (t.tableOid() == tableOid) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(Trigger::name));
        return out;
    }

    public Trigger trigger(long tableOid, String name) {
        for (Trigger t : triggers.values()) {
            if (t.tableOid() == tableOid && t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public Routines withRoutine(Routine r) {
        Map<Long, Routine> m = new HashMap<>(routines);
        m.put(r.oid(), r);
        return new Routines(m, triggers);
    }

    public Routines withoutRoutine(long oid) {
        Map<Long, Routine> m = new HashMap<>(routines);
        m.remove(oid);
        return new Routines(m, triggers);
    }

    public Routines withTrigger(Trigger t) {
        Map<Long, Trigger> m = new HashMap<>(triggers);
        m.put(t.oid(), t);
        return new Routines(routines, m);
    }

    public Routines withoutTrigger(long oid) {
        Map<Long, Trigger> m = new HashMap<>(triggers);
        m.remove(oid);
        return new Routines(routines, m);
    }

    /** Drops the triggers of a table being dropped. */
    public Routines withoutTriggersOn(long tableOid) {
        if (triggers.values().stream().noneMatch(t -> t.tableOid() == tableOid)) {
            return this;
        }
        Map<Long, Trigger> m = new HashMap<>(triggers);
        m.values().removeIf(t -> t.tableOid() == tableOid);
        return new Routines(routines, m);
    }
}
