package dev.olifant.exec.dml;

import dev.olifant.catalog.Constraint;
import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A transaction's deferred constraint state (PostgreSQL's SET CONSTRAINTS state and deferred
 * trigger queue): which deferrable constraints are deferred now, and the foreign key and unique
 * checks waiting for commit. The session keeps one per transaction and fires it before committing.
 */
public final class DeferredConstraints {
    /** SET CONSTRAINTS ALL's choice, or null when not given. */
    private Boolean all;
    private final Map<Long, Boolean> named = new HashMap<>();
    private final List<ForeignKeys.Event> pending = new ArrayList<>();
    private final List<UniqueRecheck> uniques = new ArrayList<>();

    /** Whether checks of {@code c} wait for commit now. */
    public boolean isDeferred(Constraint c) {
        if (!c.deferrable()) {
            return false;
        }
        Boolean b = named.get(c.oid());
        if (b != null) {
            return b;
        }
        return all != null ? all : c.initiallyDeferred();
    }

    void add(ForeignKeys.Event e) {
        pending.add(e);
    }

    void add(UniqueRecheck r) {
        uniques.add(r);
    }

    /**
     * SET CONSTRAINTS: {@code constraintOids} null means ALL. Making constraints IMMEDIATE fires
     * their pending checks now, as PostgreSQL does.
     */
    public void set(Set<Long> constraintOids, boolean deferred, ExecContext ctx) {
        if (constraintOids == null) {
            all = deferred;
            named.clear();
        } else {
            for (long oid : constraintOids) {
                named.put(oid, deferred);
            }
        }
        if (!deferred) {
            fire(ctx, constraintOids);
        }
    }

    /** Fires every pending check (before commit). */
    public void fireAll(ExecContext ctx) {
        fire(ctx, null);
    }

    private void fire(ExecContext ctx, Set<Long> only) {
        if (!uniques.isEmpty()) {
            List<UniqueRecheck> now = new ArrayList<>();
            List<UniqueRecheck> keep = new ArrayList<>();
            for (UniqueRecheck r : uniques) {
                (only == null || only.contains(r.constraint().oid()) ? now : keep).add(r);
            }
            uniques.clear();
            uniques.addAll(keep);
            for (UniqueRecheck r : now) {
                r.fire(ctx);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        List<ForeignKeys.Event> now = new ArrayList<>();
        List<ForeignKeys.Event> keep = new ArrayList<>();
        for (ForeignKeys.Event e : pending) {
            (only == null || only.contains(e.constraintOid()) ? now : keep).add(e);
        }
        pending.clear();
        pending.addAll(keep);
        ForeignKeys fks = new ForeignKeys(ctx, ctx.services().systemContext().catalog());
        for (ForeignKeys.Event e : now) {
            fks.fireDeferred(e);
        }
    }

    public boolean isEmpty() {
        return pending.isEmpty() && uniques.isEmpty();
    }
}
