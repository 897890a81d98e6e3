package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;
import static dev.olifant.catalog.system.Values.int2;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Partitioning in the system catalogs: pg_partitioned_table, pg_inherits (partitions under their
 * parents, and partition indexes under the partitioned table's indexes), what pg_class says of
 * partitioned tables, partitions and partitioned indexes, (pg_get_partkeydef is in {@link Definitions}).
 */
final class PartitionViews {
    /** pg_opclass OIDs of the default btree operator classes, by key type. */
    private static final long INT4_OPS = 1978;
    private static final long INT8_OPS = 3124;
    private static final long INT2_OPS = 1976;
    private static final long TEXT_OPS = 3126;

    private PartitionViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_inherits", 2611, Specs.PG_INHERITS, PartitionViews::inherits),
                CatalogView.of("pg_partitioned_table", 3350, Specs.PG_PARTITIONED_TABLE, PartitionViews::partitioned));
    }

    private static List<Object[]> inherits(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            if (r instanceof Table t && t.isPartition()) {
                rows.add(new Object[] {t.oid(), t.partitioning().parentOid(), 1, t.partitioning().detachPending()});
                for (var e : t.partitioning().indexParents().entrySet()) {
                    rows.add(new Object[] {e.getKey(), e.getValue(), 1, false});
                }
            }
            if (r instanceof Table t && t.partitioning() != null) {
                int seq = 1;
                for (long parent : t.partitioning().inhParents()) {
                    rows.add(new Object[] {t.oid(), parent, seq++, false});
                }
            }
        }
        return rows;
    }

    private static List<Object[]> partitioned(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            if (r instanceof Table t && t.isPartitioned()) {
                List<Integer> attnums = t.partitioning().key().attnums();
                long def = 0;
                for (Table p : PartitionTree.partitions(cat, t)) {
                    if (p.partitioning().bound() instanceof PartitionBound.Default) {
                        def = p.oid();
                    }
                }
                long[] classes = new long[attnums.size()];
                long[] collations = new long[attnums.size()];
                for (int i = 0; i < classes.length; i++) {
                    var type = t.column(attnums.get(i)).type();
                    classes[i] = type == Types.INT4 ? INT4_OPS : type == Types.INT8 ? INT8_OPS
                            : type == Types.INT2 ? INT2_OPS : type == Types.TEXT ? TEXT_OPS : 0;
                    collations[i] = type == Types.TEXT || type == Types.VARCHAR ? 100 : 0;
                }
                rows.add(new Object[] {t.oid(), ch(t.partitioning().key().strategy().code()), int2(attnums.size()),
                    def, Values.int2Vector(attnums), Values.oidVector(classes), Values.oidVector(collations), null});
            }
        }
        return rows;
    }

    /**
     * pg_class as it is for partitioning: a partitioned table (relkind p) or index (relkind I) has
     * no storage and no access method of its own (an index keeps btree), a partition is marked and
     * carries its bound, and a table with partitions or inheritance children has subclasses. {@code row} is ClassViews' row.
     */
    static Object[] patchClassRow(Catalog cat, Relation r, Object[] row) {
        if (r instanceof Table t) {
            if (t.isPartitioned()) {
                row[6] = 0L;
                row[7] = 0L;
                row[9] = 0;
                row[10] = -1.0f;
                row[16] = ch('p');
                row[21] = !PartitionTree.partitions(cat, t).isEmpty();
            }
            if (!t.isPartitioned() && dev.olifant.catalog.InheritanceTree.hasChildren(cat, t)) {
                row[21] = true; // inheritance children
            }
            if (t.isPartition()) {
                row[26] = true;
                Table parent = PartitionTree.parent(cat, t);
                row[32] = parent == null ? null
                        : PartitionBound.describe(t.partitioning().bound(), PartitionTree.keyTypes(parent));
            }
        } else if (r instanceof Index i && cat.relation(i.tableOid()) instanceof Table t) {
            if (t.isPartitioned()) {
                row[7] = 0L;
                row[16] = ch('I');
                row[21] = !PartitionTree.partitions(cat, t).isEmpty();
            }
            if (t.isPartition() && t.partitioning().indexParents().containsKey(i.oid())) {
                row[26] = true;
            }
        }
        return row;
    }
}
