package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign keys from and to partitioned tables. A foreign key declared on a partitioned table
 * applies to every leaf partition (rows are stored there), and one referencing a partitioned table
 * finds the referenced row in the leaf partition the key routes to, through that leaf's index
 * descending from the referenced unique index. So the key graph gets, besides the declared key,
 * one entry per referencing leaf (outgoing) and one per pair of referencing and referenced leaves
 * (incoming, for the referenced side's checks and actions), columns matched by name.
 */
final class PartitionedForeignKeys {
    private PartitionedForeignKeys() {
    }

    /** The referenced table's leaves: routing for a key, and the key as seen from each leaf. */
    record Leaves(PartitionRouting routing, Map<Long, ForeignKeyInfo> byLeaf) {

        ForeignKeyInfo find(ForeignKeyInfo fk, Object[] indexKey) {
            Table ref = routing.root();
            Object[] row = new Object[ref.columns().size()];
            for (int j = 0; j < indexKey.length; j++) {
                row[fk.index().keyColumns().get(j) - 1] = indexKey[j];
            }
            Table leaf = routing.leafFor(row);
            return leaf == null ? null : byLeaf.get(leaf.oid());
        }
    }

    /** Adds the leaves' entries; returns the declared key's entry (with the referenced leaves when partitioned). */
    static ForeignKeyInfo expand(Catalog cat, ForeignKeyInfo info, Map<Long, List<ForeignKeyInfo>> out,
            Map<Long, List<ForeignKeyInfo>> in) {
        Table t = info.referencing();
        Table ref = info.referenced();
        List<Table> referencingLeaves = t.isPartitioned() ? PartitionTree.leaves(cat, t) : List.of(t);
        List<Table> referencedLeaves = ref.isPartitioned() ? PartitionTree.leaves(cat, ref) : List.of(ref);
        Leaves leaves = null;
        PartitionRouting routing = ref.isPartitioned() ? PartitionRouting.of(cat, ref) : null;
        if (routing != null) {
            Map<Long, ForeignKeyInfo> byLeaf = new HashMap<>();
            for (Table r : referencedLeaves) {
                ForeignKeyInfo leafInfo = between(cat, info.constraint(), info, t, info.fkAttnums(), r, routing, null);
                if (leafInfo != null) {
                    byLeaf.put(r.oid(), leafInfo);
                }
            }
            leaves = new Leaves(routing, byLeaf);
        }
        Leaves refLeaves = leaves;
        ForeignKeyInfo declared = leaves == null ? info : new ForeignKeyInfo(info.constraint(), t, ref,
                info.fkAttnums(), info.pkAttnums(), info.index(), info.indexPosition(), leaves, null);
        for (Table l : referencingLeaves) {
            int[] fk = map(t, l, info.fkAttnums());
            if (l != t) {
                out.computeIfAbsent(l.oid(), k -> new ArrayList<>()).add(new ForeignKeyInfo(info.constraint(), l, ref,
                        fk, info.pkAttnums(), info.index(), info.indexPosition(), leaves, t));
            } else if (leaves != null) {
                List<ForeignKeyInfo> own = out.get(t.oid());
                own.replaceAll(x -> x == info ? declared : x);
            }
            for (int n = 0; n < referencedLeaves.size(); n++) {
                Table r = referencedLeaves.get(n);
                if (l == t && r == ref) {
                    continue;
                }
                // PostgreSQL clones a key referencing a partitioned table once per referenced
                // partition, on the referencing table, named with a number: the referenced side's
                // errors name that clone and that table
                ForeignKeyInfo pair = r == ref ? new ForeignKeyInfo(info.constraint(), l, ref, fk, info.pkAttnums(),
                        info.index(), info.indexPosition(), null, t)
                        : between(cat, info.constraint().withName(info.name() + (n + 1)), info, l, fk, r, routing, t);
                if (pair != null) {
                    in.computeIfAbsent(r.oid(), k -> new ArrayList<>()).add(pair);
                }
            }
        }
        return declared;
    }

    /** The key between referencing table {@code l} and referenced leaf {@code r}, or null when the leaf lacks the index. */
    private static ForeignKeyInfo between(Catalog cat, dev.olifant.catalog.Constraint constraint,
            ForeignKeyInfo info, Table l, int[] fk, Table r, PartitionRouting routing, Table declaredOn) {
        long leafIndex = routing.leafIndex(r, info.index().oid());
        if (leafIndex == 0 || !(cat.relation(leafIndex) instanceof Index idx)) {
            return null;
        }
        return new ForeignKeyInfo(constraint, l, r, fk, map(routing.root(), r, info.pkAttnums()), idx,
                info.indexPosition(), null, declaredOn);
    }

    private static int[] map(Table from, Table to, int[] attnums) {
        int[] out = new int[attnums.length];
        for (int i = 0; i < attnums.length; i++) {
            Column c = to.column(from.column(attnums[i]).name());
            out[i] = c == null ? attnums[i] : c.attnum();
        }
        return out;
    }
}
