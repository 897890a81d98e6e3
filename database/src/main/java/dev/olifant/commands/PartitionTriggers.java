package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Routines;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The row triggers of a partitioned table on its partitions (PostgreSQL's CloneRowTriggersToPartition).
 * A row-level trigger created on a partitioned table is cloned onto each partition, and from an
 * intermediate partitioned table on down to its own partitions, each clone naming the trigger it
 * was cloned from as its parent (pg_trigger.tgparentid). Rows are written in leaf partitions, so it
 * is the leaves' clones that fire. A partition created or attached later gets clones of its new
 * parent's row triggers; a detached partition loses them; dropping a trigger drops its clones,
 * and a clone cannot be dropped on its own.
 */
final class PartitionTriggers {
    private PartitionTriggers() {
    }

    /** Clones {@code parent}'s row triggers onto a partition just created or attached under it. */
    static void cloneToNewPartition(CommandContext ctx, Table parent, Table partition) {
        List<Trigger> rows = new ArrayList<>();
        for (Trigger t : ctx.catalog().routines().triggersOn(parent.oid())) {
            if (t.row()) {
                rows.add(t);
            }
        }
        cloneDown(ctx, parent, rows, partition);
    }

    /** Clones a row trigger just created on partitioned table {@code table} onto all its partitions. */
    static void cloneNewTrigger(CommandContext ctx, Table table, Trigger trigger) {
        for (Table p : PartitionTree.partitions(ctx.catalog(), table)) {
            cloneDown(ctx, table, List.of(trigger), p);
        }
    }

    /** Clones {@code triggers} of {@code parent} onto {@code partition}, then the clones onto its partitions. */
    private static void cloneDown(CommandContext ctx, Table parent, List<Trigger> triggers, Table partition) {
        if (triggers.isEmpty()) {
            return;
        }
        List<Trigger> clones = new ArrayList<>();
        for (Trigger t : triggers) {
            if (ctx.catalog().routines().trigger(partition.oid(), t.name()) != null) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"" + t.name() + "\" for relation \""
                        + partition.name() + "\" already exists");
            }
            List<Integer> cols = new ArrayList<>();
            for (int attnum : t.columns()) {
                Column c = partition.column(parent.columns().get(attnum - 1).name());
                cols.add(c.attnum());
            }
            Trigger clone = t.cloneOn(ctx.newOid(), partition.oid(), cols);
            ctx.change(c -> c.withRoutines(c.routines().withTrigger(clone)));
            clones.add(clone);
        }
        if (partition.isPartitioned()) {
            for (Table p : PartitionTree.partitions(ctx.catalog(), partition)) {
                cloneDown(ctx, partition, clones, p);
            }
        }
    }

    /** Drops a trigger with its clones, and theirs (the dependency cascade of PostgreSQL's DROP TRIGGER). */
    static void dropWithClones(CommandContext ctx, Trigger t) {
        List<Trigger> all = new ArrayList<>();
        collect(ctx.catalog().routines(), t, all);
        ctx.change(c -> {
            Routines r = c.routines();
            for (Trigger x : all) {
                r = r.withoutTrigger(x.oid());
            }
            return c.withRoutines(r);
        });
    }

    /** The trigger and every clone descending from it. */
    static void collect(Routines routines, Trigger t, List<Trigger> out) {
        out.add(t);
        for (Trigger x : routines.triggers()) {
            if (x.parentOid() == t.oid()) {
                collect(routines, x, out);
            }
        }
    }

    /** DETACH PARTITION: the partition keeps its own triggers and loses the clones of its parent's. */
    static void dropClonesOnDetach(CommandContext ctx, Table partition) {
        for (Trigger t : ctx.catalog().routines().triggersOn(partition.oid())) {
            if (t.isClone()) {
                dropWithClones(ctx, t);
            }
        }
    }

    /**
     * DROP TRIGGER of a clone: refused, as PostgreSQL's dependency check refuses it, naming the
     * trigger it was cloned from.
     */
    static void refuseDropOfClone(CommandContext ctx, Table table, Trigger t) {
        Trigger parent = ctx.catalog().routines().trigger(t.parentOid());
        if (parent == null) {
            return;
        }
        String parentTable = ctx.catalog().relation(parent.tableOid()).name();
        throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop trigger " + t.name() + " on table "
                + table.name() + " because trigger " + parent.name() + " on table " + parentTable + " requires it")
                .withHint("You can drop trigger " + parent.name() + " on table " + parentTable + " instead.");
    }

    /** The clones, at every level, of the given triggers (ALTER TABLE ENABLE / DISABLE TRIGGER recurses to them). */
    static List<Trigger> clonesOf(CommandContext ctx, List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            List<Trigger> all = new ArrayList<>();
            collect(ctx.catalog().routines(), t, all);
            out.addAll(all.subList(1, all.size()));
        }
        return out;
    }
}
