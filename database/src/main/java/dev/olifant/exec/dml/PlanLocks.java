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

    /**
     * A table and the strongest mode a plan needs on it, or, when {@code index} is not 0, the
     * mode for that index of the table.
     */
    public record TableLock(Table table, LockMode mode, long index) {
        public TableLock(Table table, LockMode mode) {
            this(table, mode, 0);
        }

        /** The OID of the relation locked. */
        public long oid() {
            return index != 0 ? index : table.oid();
        }
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
            TableLocks.lock(services, interrupts, l.oid(), l.mode(), false, t::name);
        }
    }

    private static void collect(PlanNode node, List<TableLock> out) {
        switch (node) {
            case SeqScan s -> scanned(out, s.table());
            case dev.olifant.exec.plan.PartitionAppend a -> {
                add(out, a.parent(), LockMode.ACCESS_SHARE);
                for (dev.olifant.exec.plan.PartitionAppend.Child c : a.parts()) {
                    // a partition whose DETACH CONCURRENTLY committed is left out of the plan by
                    // the statements that take these locks, so it is not locked either
                    if (c.detaching() == null || !c.detaching().detachedFor(null)) {
                        collect(c.scan(), out);
                    }
                }
                return;
            }
            case IndexScan s -> scanned(out, s.table());
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

    /**
     * A table read by a scan, and its indexes: PostgreSQL's planner opens every index of a table
     * it plans a scan of, so ACCESS SHARE on them shows in pg_locks and DROP INDEX waits for it.
     */
    private static void scanned(List<TableLock> out, Table t) {
        add(out, t, LockMode.ACCESS_SHARE);
        for (long ix : t.indexOids()) {
            addIndex(out, ix, t, LockMode.ACCESS_SHARE);
        }
    }

    private static void addIndex(List<TableLock> out, long indexOid, Table table, LockMode mode) {
        for (TableLock l : out) {
            if (l.oid() == indexOid) {
                return;
            }
        }
        out.add(new TableLock(table, mode, indexOid));
    }

    private static void add(List<TableLock> out, Table t, LockMode mode) {
        for (int i = 0; i < out.size(); i++) {
            TableLock l = out.get(i);
            if (l.index() == 0 && l.table().oid() == t.oid()) {
                if (mode.ordinal() > l.mode().ordinal()) {
                    out.set(i, new TableLock(l.table(), mode));
                }
                return;
            }
        }
        out.add(new TableLock(t, mode));
    }
}
