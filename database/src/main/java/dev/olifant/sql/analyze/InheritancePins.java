package dev.olifant.sql.analyze;

import dev.olifant.exec.plan.PartitionAppend;
import dev.olifant.exec.plan.PlanNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inheritance children a statement has already found and locked. PostgreSQL lists a
 * parent's children before locking them and keeps that list: a child that a concurrent
 * ALTER TABLE … NO INHERIT or INHERIT changed while the statement waited for its lock is read
 * (or not) as it was listed, with its definition as it is now, and a child dropped meanwhile is
 * skipped. A statement planned again after such a wait is planned with its earlier list pinned.
 */
public final class InheritancePins {
    private static final ThreadLocal<Map<Long, List<Long>>> PINNED = new ThreadLocal<>();

    private InheritancePins() {
    }

    /** For each inheritance parent the plan reads with its children, the tables it reads. */
    public static Map<Long, List<Long>> of(PlanNode plan) {
        Map<Long, List<Long>> out = new HashMap<>();
        collect(plan, out);
        return out;
    }

    private static void collect(PlanNode node, Map<Long, List<Long>> out) {
        if (node instanceof PartitionAppend a && !a.parent().isPartitioned()) {
            List<Long> members = new ArrayList<>();
            a.parts().forEach(c -> members.add(c.leaf().oid()));
            out.put(a.parent().oid(), members);
        }
        for (PlanNode c : node.children()) {
            collect(c, out);
        }
    }

    /** Runs {@code analysis} with these children lists pinned. */
    public static <T> T during(Map<Long, List<Long>> pins, Supplier<T> analysis) {
        Map<Long, List<Long>> outer = PINNED.get();
        PINNED.set(pins.isEmpty() ? null : pins);
        try {
            return analysis.get();
        } finally {
            PINNED.set(outer);
        }
    }

    /** The pinned tables read for {@code parentOid}, or null when none are pinned. */
    static List<Long> pinned(long parentOid) {
        Map<Long, List<Long>> pins = PINNED.get();
        return pins == null ? null : pins.get(parentOid);
    }
}
