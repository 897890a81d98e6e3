package dev.olifant.commands;

import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.exec.dml.TruncateTriggers;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TableStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * TRUNCATE: each table gets fresh, empty storage in the transaction's catalog version (PostgreSQL's
 * new relfilenode), so a rollback brings the old data back with the old catalog version.
 */
final class Truncate {
    private Truncate() {
    }

    static String execute(TruncateStmt s, CommandContext ctx) {
        List<Table> tables = new ArrayList<>();
        for (TableRef ref : s.tables()) {
            Table t = Names.table(ctx.analysis(), ref.name());
            if (t.isPartitioned() && ref.only()) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.WRONG_OBJECT_TYPE,
                        "cannot truncate only a partitioned table").withHint(
                        "Do not specify the ONLY keyword, or use TRUNCATE ONLY on the partitions directly.");
            }
            if (t.isPartitioned()) {
                // the rows are in the partitions: TRUNCATE of a partitioned table empties its whole tree
                for (Table p : dev.olifant.catalog.PartitionTree.attachedTree(ctx.catalog(), t)) {
                    if (p.oid() != t.oid()) {
                        PartitionLocks.lock(ctx, p, dev.olifant.lock.LockMode.ACCESS_EXCLUSIVE);
                    }
                    tables.add((Table) ctx.catalog().relation(p.oid()));
                }
                continue;
            }
            tables.add(t);
            if (!ref.only()) {
                for (Table child : dev.olifant.catalog.InheritanceTree.descendants(ctx.catalog(), t)) {
                    if (child.persistence() == 't' && !ctx.analysis().searchPath().contains(child.namespaceOid())) {
                        continue; // another session's temporary table
                    }
                    PartitionLocks.lock(ctx, child, dev.olifant.lock.LockMode.ACCESS_EXCLUSIVE);
                    tables.add((Table) ctx.catalog().relation(child.oid()));
                }
            }
        }
        tables = withReferencing(ctx, tables, s.behavior() == dev.olifant.sql.ast.DropBehavior.CASCADE);
        TruncateTriggers.fire(ctx.exec(), tables, true);
        for (Table t : tables) {
            TableStorage fresh = new TableStorage();
            for (long idx : t.indexOids()) {
                OrderedIndex old = t.storage().index(idx);
                if (old != null) {
                    fresh.addIndex(idx, old.emptyCopy());
                }
            }
            Table result = t.withStorage(fresh);
            ctx.change(c -> c.withRelation(result));
            if (s.restartIdentity()) {
                for (Relation r : ctx.catalog().relations()) {
                    if (r instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                        seq.data().set(seq.start(), false);
                    }
                }
            }
        }
        TruncateTriggers.fire(ctx.exec(), tables, false);
        return "TRUNCATE TABLE";
    }

    /**
     * Tables whose foreign keys reference a truncated table must be truncated too: with CASCADE
     * they are added (with a notice each, transitively), otherwise it is an error.
     */
    private static List<Table> withReferencing(CommandContext ctx, List<Table> tables, boolean cascade) {
        List<Table> all = new ArrayList<>(tables);
        java.util.Set<Long> oids = new java.util.HashSet<>();
        all.forEach(t -> oids.add(t.oid()));
        for (int i = 0; i < all.size(); i++) {
            Table t = all.get(i);
            for (ForeignKeyDeps.Dependent d : ForeignKeyDeps.referencing(ctx.catalog(), t.oid(), oids, c -> true)) {
                if (oids.contains(d.table().oid())) {
                    continue;
                }
                if (!cascade) {
                    throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.FEATURE_NOT_SUPPORTED,
                            "cannot truncate a table referenced in a foreign key constraint")
                            .withDetail("Table \"" + d.table().name() + "\" references \"" + t.name() + "\".")
                            .withHint("Truncate table \"" + d.table().name()
                                    + "\" at the same time, or use TRUNCATE ... CASCADE.");
                }
                ctx.notice(CreateTable.notice(dev.olifant.error.SqlState.SUCCESSFUL_COMPLETION,
                        "truncate cascades to table \"" + d.table().name() + "\""));
                oids.add(d.table().oid());
                all.add(d.table());
            }
        }
        return all;
    }
}
