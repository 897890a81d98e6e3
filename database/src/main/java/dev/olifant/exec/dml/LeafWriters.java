package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.LockMode;
import dev.olifant.storage.TupleVersion;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The leaf partitions one UPDATE, DELETE or MERGE of a partitioned table writes, each opened
 * (locked ROW EXCLUSIVE, its writer, foreign keys and row triggers) when the statement first
 * touches it. Row triggers are the leaf's (its own and the clones of its partitioned ancestors'
 * row triggers), as PostgreSQL fires them: BEFORE and AFTER ROW
 * for the action on the leaf a row is in; a row that moves to another partition fires the
 * DELETE row triggers of the leaf it leaves and the INSERT row triggers of the leaf it enters.
 * Statement-level triggers belong to the partitioned table the statement names, not to leaves.
 */
final class LeafWriters {
    private final ExecContext ctx;
    private final Map<Long, Leaf> leaves = new HashMap<>();
    /**
     * The statement's after-trigger queue: AFTER ROW events of every leaf in the order rows were
     * written, interleaved with the foreign key events of the leaves (one queue for the whole
     * statement, so that the actions fire the referencing tables' statement triggers once).
     */
    private ForeignKeys queue;
    /** How rows reach the leaves from the table the statement names, when it is partitioned. */
    private PartitionRouting routing;
    private Table root;
    /** The values (leaf layout) {@link #insert} last wrote, as BEFORE ROW triggers left them. */
    private Object[] lastInserted;

    /** One leaf: its writer, foreign keys and row triggers by event (absent when none fire). */
    static final class Leaf {
        final Table table;
        final TableWriter writer;
        final ForeignKeys fks;
        private final ExecContext ctx;
        private final Map<Integer, RowTriggers> triggers = new HashMap<>();

        private final LeafWriters owner;
        private final TableTarget target;

        private Leaf(LeafWriters owner, ExecContext ctx, TableTarget target, ForeignKeys fks) {
            this.owner = owner;
            this.ctx = ctx;
            this.target = target;
            this.table = target.table();
            this.writer = new TableWriter(target, ctx);
            this.fks = fks == null ? null : owner.queue();
        }

        /** The leaf's row triggers for {@code event} (a {@code Trigger.TYPE_*} bit), or null. */
        RowTriggers rows(int event) {
            if (!triggers.containsKey(event)) {
                RowTriggers t = RowTriggers.openRows(ctx, table, event);
                if (t != null) {
                    t.queueInto(owner.queue()::enqueueTriggered);
                    if (event == Trigger.TYPE_INSERT && owner.routing != null) {
                        t.staysIn(owner.routing, owner.root);
                    } else if (event == Trigger.TYPE_INSERT) {
                        t.staysIn(target);
                    }
                }
                triggers.put(event, t);
            }
            return triggers.get(event);
        }

        /** Whether BEFORE ROW triggers for {@code event} would run on this leaf. */
        boolean hasBeforeRow(int event) {
            RowTriggers t = rows(event);
            return t != null && t.hasBeforeRow();
        }

        /** The foreign-key checks and AFTER DELETE row triggers of a row deleted from, or moved out of, the leaf. */
        void deleted(Object[] old) {
            RowTriggers deletes = rows(Trigger.TYPE_DELETE);
            if (deletes != null) {
                deletes.afterRowBeforeKeys(old, null);
            }
            if (fks != null) {
                fks.deleted(table, old);
            }
            if (deletes != null) {
                deletes.afterRow(old, null);
            }
        }

        /** Updates version {@code tid} (stored as {@code old}) in place to {@code values}; the new version's tid. */
        long replace(long tid, Object[] old, Object[] values) {
            writer.checkRow(values);
            long newTid = writer.insertReplacement(values, tid);
            RowTriggers updates = rows(Trigger.TYPE_UPDATE);
            if (updates != null) {
                updates.afterRowBeforeKeys(old, values);
            }
            if (fks != null) {
                fks.updated(table, old, values, newTid);
            }
            if (updates != null) {
                updates.afterRow(old, values);
            }
            return newTid;
        }

        /** The stored values of version {@code tid} in the leaf's layout. */
        Object[] stored(long tid) {
            TupleVersion v = writer.heap().fetch(tid);
            int n = table.columns().size();
            return Arrays.copyOf(TableSlots.row(table, v, tid, 0, n + 1), n);
        }
    }

    LeafWriters(ExecContext ctx) {
        this.ctx = ctx;
    }

    /** The statement's after-trigger queue, made when first needed. */
    private ForeignKeys queue() {
        if (queue == null) {
            queue = new ForeignKeys(ctx, ctx.services().systemContext().catalog());
        }
        return queue;
    }

    /**
     * The statement's triggers on the table it names: their AFTER STATEMENT event joins the
     * queue behind the rows' events ({@link ForeignKeys#adopt}); {@link #finish} fires it.
     */
    void adopt(Table table, int event, RowTriggers statement) {
        queue().adopt(table, event, statement);
    }

    /**
     * Rows are routed to the leaves from partitioned table {@code root}: a cloned BEFORE ROW
     * INSERT trigger of a leaf may not send a row to another partition.
     */
    void routedFrom(PartitionRouting routing, Table root) {
        this.routing = routing;
        this.root = root;
    }

    /** Writes to a table outside any partition tree go through {@code target}, already locked by the statement. */
    Leaf plain(TableTarget target) {
        return leaves.computeIfAbsent(target.table().oid(), oid -> new Leaf(this, ctx, target,
                ForeignKeys.open(ctx, target.table())));
    }

    Leaf leaf(Table table) {
        return leaves.computeIfAbsent(table.oid(), oid -> {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, table::name);
            TableTarget target = ctx.services().writeTarget(oid);
            return new Leaf(this, ctx, target, ForeignKeys.open(ctx, target.table()));
        });
    }

    /**
     * Inserts a routed row into its leaf with the leaf's BEFORE and AFTER INSERT row triggers;
     * returns its tuple id, or -1 when a BEFORE trigger skipped it.
     */
    long insert(PartitionRouting.Routed routed) {
        Leaf dest = leaf(routed.leaf());
        Object[] values = routed.values();
        RowTriggers ins = dest.rows(Trigger.TYPE_INSERT);
        if (ins != null) {
            values = ins.beforeRow(null, values);
            if (values == null) {
                return -1;
            }
        }
        dest.writer.checkRow(values);
        long newTid = dest.writer.insert(values);
        if (ins != null) {
            ins.afterRowBeforeKeys(null, values);
        }
        if (dest.fks != null) {
            dest.fks.inserted(dest.table, newTid);
        }
        if (ins != null) {
            ins.afterRow(null, values);
        }
        lastInserted = values;
        return newTid;
    }

    /** The values, in the leaf's layout, of the row {@link #insert} last wrote. */
    Object[] lastInserted() {
        return lastInserted;
    }

    /** Ends the statement's writes: deferred unique checks, foreign keys, queued AFTER ROW triggers. */
    void finish() {
        for (Leaf l : leaves.values()) {
            l.writer.finish();
        }
        if (queue != null) {
            queue.finish();
        }
    }
}
