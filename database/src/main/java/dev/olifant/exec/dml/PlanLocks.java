package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.SessionServices;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.lock.LockMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The table locks a query or DML plan takes before it runs, as PostgreSQL's parser and executor
 * take them: ACCESS SHARE on every table read, ROW SHARE on tables whose rows SELECT FOR
 * UPDATE/SHARE locks, ROW EXCLUSIVE on the table INSERT, UPDATE or DELETE writes. They are held
 * to the end of the transaction, so DDL that needs a stronger lock waits for the statement's
 * transaction, and the statement waits for DDL in progress.
 *
 * <p>Tables are told apart by OID: a {@link Table} record's own hash covers all its columns and
 * constraints, too costly to compute for every execution of a cached plan.
 */
public final class PlanLocks {
    private PlanLocks() {
    }

    /** A table and the strongest mode a plan needs on it. */
    public record TableLock(Table table, LockMode mode) {
    }

    /** The strongest mode the plan needs on each table, in plan order. */
    public static List<TableLock> of(PlanNode plan) {
        List<TableLock> out = new ArrayList<>(4);
        collect(plan, out);
        return out;
    }

    /** Takes the plan's locks, waiting as the session's settings say. */
    public static void acquire(SessionServices services, Runnable interrupts, PlanNode plan) {
        for (TableLock l : of(plan)) {
            Table t = l.table();
            TableLocks.lock(services, interrupts, t.oid(), l.mode(), false, t::name);
        }
    }

    private static void collect(PlanNode node, List<TableLock> out) {
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

    private static void add(List<TableLock> out, Table t, LockMode mode) {
        for (int i = 0; i < out.size(); i++) {
            TableLock l = out.get(i);
            if (l.table().oid() == t.oid()) {
                if (mode.ordinal() > l.mode().ordinal()) {
                    out.set(i, new TableLock(l.table(), mode));
                }
                return;
            }
        }
        out.add(new TableLock(t, mode));
    }
}
