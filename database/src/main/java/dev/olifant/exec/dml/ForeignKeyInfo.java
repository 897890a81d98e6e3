package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.types.Cast;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One foreign key as execution uses it: the referencing and referenced tables of one catalog
 * version, the key columns on both sides (in constraint order) and the referenced table's unique
 * index whose key columns are exactly the referenced columns ({@code indexPosition[i]} is where
 * referenced column {@code i} sits in that index's key). Keys of partitioned tables also have
 * {@code referencedLeaves} (a partitioned referenced table) and {@code declaredOn} (the partitioned
 * table a leaf's key was declared on); see {@link PartitionedForeignKeys}.
 */
public record ForeignKeyInfo(Constraint constraint, Table referencing, Table referenced, int[] fkAttnums,
        int[] pkAttnums, Index index, int[] indexPosition, PartitionedForeignKeys.Leaves referencedLeaves,
        Table declaredOn) {

    public ForeignKeyInfo(Constraint constraint, Table referencing, Table referenced, int[] fkAttnums,
            int[] pkAttnums, Index index, int[] indexPosition) {
        this(constraint, referencing, referenced, fkAttnums, pkAttnums, index, indexPosition, null, null);
    }

    /** The table the key was declared on, which the referenced side's errors name (a leaf's key: its root). */
    public Table reportedReferencing() {
        return declaredOn != null ? declaredOn : referencing;
    }

    /**
     * The foreign key as it reads the referenced leaf partition holding index key {@code key}
     * (this one when the referenced table is not partitioned), or null when no partition would.
     */
    public ForeignKeyInfo forReferencedKey(Object[] key) {
        return referencedLeaves == null ? this : referencedLeaves.find(this, key);
    }

    /** Per catalog version (catalogs are immutable): foreign keys by referencing and referenced table. */
    private record Graph(Map<Long, List<ForeignKeyInfo>> outgoing, Map<Long, List<ForeignKeyInfo>> incoming,
            Map<Long, ForeignKeyInfo> byConstraint) {
    }

    private static final Map<Catalog, Graph> GRAPHS = Collections.synchronizedMap(new WeakHashMap<>());

    private static Graph graph(Catalog cat) {
        Graph g = GRAPHS.get(cat);
        if (g == null) {
            g = build(cat);
            GRAPHS.put(cat, g);
        }
        return g;
    }

    private static Graph build(Catalog cat) {
        Map<Long, List<ForeignKeyInfo>> out = new java.util.HashMap<>();
        Map<Long, List<ForeignKeyInfo>> in = new java.util.HashMap<>();
        Map<Long, ForeignKeyInfo> by = new java.util.HashMap<>();
        for (Relation r : cat.relations()) {
            if (!(r instanceof Table t)) {
                continue;
            }
            for (Constraint c : t.constraints()) {
                if (c.kind() != ConstraintKind.FOREIGN_KEY
                        || !(cat.relation(c.foreignKey().referencedTableOid()) instanceof Table ref)) {
                    continue;
                }
                ForeignKeyInfo info = of(cat, c, t, ref);
                if (info != null) {
                    out.computeIfAbsent(t.oid(), k -> new ArrayList<>()).add(info);
                    in.computeIfAbsent(ref.oid(), k -> new ArrayList<>()).add(info);
                    by.put(c.oid(), info);
                    if (t.isPartitioned() || ref.isPartitioned()) {
                        by.put(c.oid(), PartitionedForeignKeys.expand(cat, info, out, in));
                    }
                }
            }
        }
        return new Graph(out, in, by);
    }

    private static ForeignKeyInfo of(Catalog cat, Constraint c, Table t, Table ref) {
        List<Integer> pk = c.foreignKey().referencedColumns();
        Index idx = uniqueIndexOn(cat, ref, pk);
        if (idx == null) {
            return null;
        }
        int[] pos = new int[pk.size()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = idx.keyColumns().indexOf(pk.get(i));
        }
        return new ForeignKeyInfo(c, t, ref, toArray(c.columns()), toArray(pk), idx, pos);
    }

    /** A unique, non-partial index of {@code table} whose key columns are exactly {@code columns}, in any order. */
    public static Index uniqueIndexOn(Catalog cat, Table table, List<Integer> columns) {
        Index fallback = null;
        for (long oid : table.indexOids()) {
            if (cat.relation(oid) instanceof Index i && i.unique() && i.predicate() == null
                    && i.keyColumns().size() == columns.size() && i.keyColumns().containsAll(columns)
                    && columns.containsAll(i.keyColumns())) {
                if (i.primary()) {
                    return i;
                }
                if (fallback == null) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }

    private static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The foreign keys of {@code tableOid} (it references others). */
    public static List<ForeignKeyInfo> outgoing(Catalog cat, long tableOid) {
        return graph(cat).outgoing().getOrDefault(tableOid, List.of());
    }

    /** The foreign keys that reference {@code tableOid}. */
    public static List<ForeignKeyInfo> incoming(Catalog cat, long tableOid) {
        return graph(cat).incoming().getOrDefault(tableOid, List.of());
    }

    /**
     * The same key between the same two tables in another catalog version (a partitioned table's
     * key has one entry per leaf), or null when it no longer exists.
     */
    public static ForeignKeyInfo current(Catalog cat, ForeignKeyInfo fk, boolean referencingSide) {
        List<ForeignKeyInfo> candidates = referencingSide ? outgoing(cat, fk.referencing().oid())
                : incoming(cat, fk.referenced().oid());
        for (ForeignKeyInfo x : candidates) {
            if (x.constraint().oid() == fk.constraint().oid() && x.referencing().oid() == fk.referencing().oid()
                    && x.referenced().oid() == fk.referenced().oid()) {
                return x;
            }
        }
        return null;
    }

    public static ForeignKeyInfo byConstraint(Catalog cat, long constraintOid) {
        return graph(cat).byConstraint().get(constraintOid);
    }

    public String name() {
        return constraint().name();
    }

    public boolean matchFull() {
        return constraint().foreignKey().matchType() == 'f';
    }

    public OrderedIndex indexStorage() {
        return referenced.storage().index(index.oid());
    }

    /** The referencing columns' values of a referencing row, in constraint order. */
    public Object[] fkValues(Object[] row) {
        return pick(row, fkAttnums);
    }

    /** The referenced columns' values of a referenced row, in constraint order. */
    public Object[] pkValues(Object[] row) {
        return pick(row, pkAttnums);
    }

    private static Object[] pick(Object[] row, int[] attnums) {
        Object[] k = new Object[attnums.length];
        for (int i = 0; i < k.length; i++) {
            int pos = attnums[i] - 1;
            k[i] = pos < row.length ? row[pos] : null;
        }
        return k;
    }

    PgType fkType(int i) {
        return referencing.column(fkAttnums[i]).type();
    }

    PgType pkType(int i) {
        return referenced.column(pkAttnums[i]).type();
    }

    /**
     * Referencing values converted to the referenced columns' types, in the referenced index's key
     * order; null when a value cannot equal any referenced value (an int8 beyond int4's range).
     */
    Object[] indexKey(Object[] fkValues, EvalContext ctx) {
        Object[] key = new Object[fkValues.length];
        for (int i = 0; i < fkValues.length; i++) {
            Object v = toReferencedType(fkValues[i], fkType(i), pkType(i), ctx);
            if (v == NO_MATCH) {
                return null;
            }
            key[indexPosition[i]] = v;
        }
        return key;
    }

    private static final Object NO_MATCH = new Object();

    private static Object toReferencedType(Object v, PgType from, PgType to, EvalContext ctx) {
        if (v == null || from.equals(to)) {
            return v;
        }
        if (v instanceof Number n && isInteger(to)) {
            long l = n.longValue();
            if (to.equals(Types.INT2)) {
                return l == (short) l ? (Object) (short) l : NO_MATCH;
            }
            if (to.equals(Types.INT4)) {
                return l == (int) l ? (Object) (int) l : NO_MATCH;
            }
            return l;
        }
        if (v instanceof Number n && to.equals(Types.FLOAT8)) {
            return n.doubleValue();
        }
        Cast cast = Casts.find(from, to, CoercionContext.IMPLICIT);
        if (cast == null) {
            cast = Casts.find(from, to, CoercionContext.ASSIGNMENT);
        }
        try {
            return cast == null ? NO_MATCH : cast.apply(v, ctx);
        } catch (RuntimeException e) {
            return NO_MATCH;
        }
    }

    static boolean isInteger(PgType t) {
        return t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8);
    }

    /** Whether a referencing row's key equals a referenced key (both in constraint order). */
    boolean matches(Object[] fkValues, Object[] pkValues, EvalContext ctx) {
        for (int i = 0; i < fkValues.length; i++) {
            Object v = toReferencedType(fkValues[i], fkType(i), pkType(i), ctx);
            if (v == null || v == NO_MATCH || pkValues[i] == null || !ValueOps.equal(pkType(i), v, pkValues[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a referenced key changed (IS DISTINCT FROM, column by column). */
    boolean pkChanged(Object[] oldRow, Object[] newRow) {
        for (int i = 0; i < pkAttnums.length; i++) {
            Object a = oldRow[pkAttnums[i] - 1];
            Object b = newRow[pkAttnums[i] - 1];
            if (a == null ? b != null : b == null || !ValueOps.equal(pkType(i), a, b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a referencing key changed (IS DISTINCT FROM, column by column). */
    boolean fkChanged(Object[] oldRow, Object[] newRow) {
        for (int i = 0; i < fkAttnums.length; i++) {
            Object a = fkAttnums[i] - 1 < oldRow.length ? oldRow[fkAttnums[i] - 1] : null;
            Object b = newRow[fkAttnums[i] - 1];
            if (a == null ? b != null : b == null || !ValueOps.equal(fkType(i), a, b)) {
                return true;
            }
        }
        return false;
    }

    /** "(a, b)" for the message DETAIL. */
    static String columnNames(Table t, int[] attnums) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < attnums.length; i++) {
            Column c = t.column(attnums[i]);
            sb.append(i > 0 ? ", " : "").append(c.name());
        }
        return sb.toString();
    }
}
