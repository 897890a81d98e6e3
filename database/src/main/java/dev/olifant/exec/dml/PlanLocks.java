package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.SessionServices;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.lock.LockMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table locks a query or DML plan takes before it runs, as PostgreSQL's parser and executor
 * take them: ACCESS SHARE on every table read, ROW SHARE on tables whose rows SELECT FOR
 * UPDATE/SHARE locks, ROW EXCLUSIVE on the table INSERT, UPDATE or DELETE writes. They are held
 * to the end of the transaction, so DDL that needs a stronger lock waits for the statement's
 * transaction, and the statement waits for DDL in progress.
 */
public final class PlanLocks {
    private PlanLocks() {
    }

    /** The strongest mode the plan needs on each table, in plan order. */
    public static Map<Table, LockMode> of(PlanNode plan) {
        Map<Table, LockMode> out = new LinkedHashMap<>();
        collect(plan, out);
        return out;
    }

    /** Takes the plan's locks, waiting as the session's settings say. */
    public static void acquire(SessionServices services, Runnable interrupts, PlanNode plan) {
        for (Map.Entry<Table, LockMode> e : of(plan).entrySet()) {
            Table t = e.getKey();
            TableLocks.lock(services, interrupts, t.oid(), e.getValue(), false, t::name);
        }
    }

    private static void collect(PlanNode node, Map<Table, LockMode> out) {
        switch (node) {
            case SeqScan s -> add(out, s.table(), LockMode.ACCESS_SHARE);
            case dev.olifant.exec.plan.PartitionAppend a -> add(out, a.parent(), LockMode.ACCESS_SHARE);
            case IndexScan s -> add(out, s.table(), LockMode.ACCESS_SHARE);
            case InsertNode n -> add(out, n.target().table(), LockMode.ROW_EXCLUSIVE);
            case UpdateNode n -> add(out, n.target().table(), LockMode.ROW_EXCLUSIVE);
            case LockRows n -> n.targets().forEach(t -> add(out, t.table(), LockMode.ROW_SHARE));
            default -> {
            }
        }
        for (PlanNode child : node.children()) {
            collect(child, out);
        }
    }

    private static void add(Map<Table, LockMode> out, Table t, LockMode mode) {
        out.merge(t, mode, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
    }
}
