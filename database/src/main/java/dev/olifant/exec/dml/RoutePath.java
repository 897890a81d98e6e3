package dev.olifant.exec.dml;

import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import java.util.HashSet;
import java.util.Set;

/**
 * What tuple routing does on its way down to a leaf, as PostgreSQL's ExecFindPartition: every
 * sub-partitioned table passed is locked ROW EXCLUSIVE the first time a row goes through it, and
 * a row routed to a default partition is checked against that partition's constraint as the
 * catalog holds it once the lock is granted. A concurrent ATTACH PARTITION (which locks the
 * default partition ACCESS EXCLUSIVE) may have committed meanwhile, taking from the default
 * partition the rows the routing, planned before it, sent there.
 */
final class RoutePath {
    private final ExecContext ctx;
    private final PartitionRouting routing;
    private final Set<Long> locked = new HashSet<>();
    private final java.util.Map<Long, TableTarget> current = new java.util.HashMap<>();

    RoutePath(ExecContext ctx, PartitionRouting routing) {
        this.ctx = ctx;
        this.routing = routing;
    }

    /** Locks the sub-partitioned tables between the root and {@code leaf}, and rechecks default partitions. */
    void enter(Table leaf, Object[] rootValues) {
        Table root = routing.root();
        if (root.isPartition()) {
            check(root, rootValues);
        }
        for (Table t : routing.pathTo(leaf)) {
            if (t.oid() == leaf.oid()) {
                break;
            }
            if (locked.add(t.oid())) {
                TableLocks.lock(ctx, t.oid(), LockMode.ROW_EXCLUSIVE, false, t::name);
            }
            if (t.partitioning().bound() instanceof PartitionBound.Default) {
                check(t, rootValues);
            }
        }
    }

    /** The partition constraint of {@code t} as the catalog holds it now (the table is locked). */
    private void check(Table t, Object[] rootValues) {
        TableTarget now = current.computeIfAbsent(t.oid(), oid -> ctx.services().writeTarget(oid));
        Object[] values = PartitionRouting.convert(routing.root(), now.table(), rootValues);
        if (now.partitionCheck() != null && !now.partitionCheck().accepts(now.table(), values)) {
            throw new PgException(SqlState.CHECK_VIOLATION, "new row for relation \"" + t.name()
                    + "\" violates partition constraint").withDetail("Failing row contains " + describe(rootValues)
                            + ".");
        }
    }

    /** The row as ExecPartitionCheckEmitError shows it: in the root's layout. */
    private String describe(Object[] values) {
        StringBuilder sb = new StringBuilder("(");
        for (dev.olifant.catalog.Column c : routing.root().columns()) {
            if (c.dropped()) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(", ");
            }
            Object v = c.attnum() - 1 < values.length ? values[c.attnum() - 1] : null;
            sb.append(v == null ? "null" : dev.olifant.types.TextIO.output(c.type(), v, ctx.settings(),
                    ctx.regLookup()));
        }
        return sb.append(')').toString();
    }
}
