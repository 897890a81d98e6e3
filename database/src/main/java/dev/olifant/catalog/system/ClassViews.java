package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;
import static dev.olifant.catalog.system.Values.int2;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** pg_namespace and pg_class: schemas and relations, the system views themselves included. */
final class ClassViews {
    static final long HEAP_AM = 2;
    static final long BTREE_AM = 403;
    static final long HASH_AM = 405;

    private ClassViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_namespace", 2615, Specs.PG_NAMESPACE, ClassViews::namespaces),
                CatalogView.of("pg_class", 1259, Specs.PG_CLASS, ClassViews::classes));
    }

    private static List<Object[]> namespaces(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Namespace ns : sorted(ctx.catalog().namespaces(), Namespace::oid)) {
            rows.add(new Object[] {ns.oid(), ns.name(), ns.ownerOid(), namespaceAcl(ctx, ns)});
        }
        return rows;
    }

    /** The ACLs initdb gives the predefined schemas; other schemas have the default (NULL). */
    private static Object namespaceAcl(SystemContext ctx, Namespace ns) {
        String owner = Names.role(ctx, ns.ownerOid());
        if (ns.oid() == Oids.PG_CATALOG_NAMESPACE || ns.oid() == Oids.INFORMATION_SCHEMA_NAMESPACE
                || ns.oid() == Oids.PUBLIC_NAMESPACE) {
            return Values.aclArray(owner + "=UC/" + owner, "=U/" + owner);
        }
        return null;
    }

    static <T> List<T> sorted(java.util.Collection<T> items, java.util.function.ToLongFunction<T> key) {
        List<T> l = new ArrayList<>(items);
        l.sort(Comparator.comparingLong(key));
        return l;
    }

    private static List<Object[]> classes(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (SystemView v : SystemViews.all()) {
            if (v.oid() != 0) {
                rows.add(systemClass(ctx, v));
            }
        }
        Catalog cat = ctx.catalog();
        for (Relation r : sorted(cat.relations(), Relation::oid)) {
            Object[] row = classRow(cat, r);
            if (cat.acl(r.oid()) != null) {
                row[RELACL] = acl(ctx, cat.acl(r.oid()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The position of relacl in a pg_class row. */
    private static final int RELACL = 30;

    /** An access control list as aclitem[] text items: {@code grantee=privileges/grantor}, PUBLIC unnamed. */
    private static dev.olifant.types.ArrayValue acl(SystemContext ctx, dev.olifant.catalog.Acl acl) {
        String[] items = new String[acl.items().size()];
        for (int i = 0; i < items.length; i++) {
            var item = acl.items().get(i);
            String grantee = item.grantee() == dev.olifant.catalog.Acl.PUBLIC ? "" : Names.role(ctx, item.grantee());
            items[i] = grantee + "=" + dev.olifant.catalog.Acl.letters(item.privileges(), item.grantOptions()) + "/"
                    + Names.role(ctx, item.grantor());
        }
        return Values.aclArray(items);
    }

    /**
     * A system catalog or view as pg_class lists it: PostgreSQL's catalogs (OIDs below 10000) are
     * tables, the rest are views; everyone may read them.
     */
    private static Object[] systemClass(SystemContext ctx, SystemView v) {
        boolean table = v.schema().equals("pg_catalog") && v.oid() < 10_000;
        long ns = v.schema().equals("pg_catalog") ? Oids.PG_CATALOG_NAMESPACE : Oids.INFORMATION_SCHEMA_NAMESPACE;
        String su = Names.role(ctx, Oids.BOOTSTRAP_SUPERUSER);
        return row(v.oid(), v.name(), ns, Oids.BOOTSTRAP_SUPERUSER, table ? HEAP_AM : 0, table ? v.oid() : 0,
                table ? 'r' : 'v', 'p', v.columns().size(), 0, false, !table, false, 'n',
                Values.aclArray(su + "=arwdDxt/" + su, "=r/" + su));
    }

    static Object[] classRow(Catalog cat, Relation r) {
        return PartitionViews.patchClassRow(cat, r, plainClassRow(cat, r));
    }

    private static Object[] plainClassRow(Catalog cat, Relation r) {
        return switch (r) {
            case Table t -> analyzed(t, row(t.oid(), t.name(), t.namespaceOid(), t.ownerOid(), HEAP_AM, t.oid(), 'r',
                    t.persistence(), t.columns().size(), checks(t), !t.indexOids().isEmpty(), false,
                    hasTriggers(cat, t), 'd', null));
            case Index i -> indexStats(cat, i, row(i.oid(), i.name(), i.namespaceOid(), i.ownerOid(),
                    Index.HASH.equals(i.method()) ? HASH_AM : BTREE_AM, i.oid(),
                    'i', cat.relation(i.tableOid()) instanceof Table owner ? owner.persistence() : i.persistence(),
                    i.allColumns().size(), 0, false, false, false, 'n', null));
            case View v -> row(v.oid(), v.name(), v.namespaceOid(), v.ownerOid(), 0, 0, 'v', v.persistence(),
                    v.columns().size(), 0, false, true, false, 'n', null);
            case Sequence s -> row(s.oid(), s.name(), s.namespaceOid(), s.ownerOid(), 0, s.oid(), 'S',
                    s.persistence(), 3, 0, false, false, false, 'n', null);
        };
    }

    /** relpages and reltuples as the table's last ANALYZE found them (-1 tuples: never analyzed). */
    private static Object[] analyzed(Table t, Object[] row) {
        var stats = t.storage() == null ? null : t.storage().stats().statistics();
        if (stats != null) {
            row[9] = (int) Math.min(Integer.MAX_VALUE, stats.relpages());
            row[10] = (float) stats.reltuples();
        }
        return row;
    }

    /**
     * An index's relpages and reltuples. CREATE INDEX counts what it builds: on a table no ANALYZE
     * has measured, that is PostgreSQL's answer for an empty table, 0 tuples in 1 page (the
     * B-tree metapage). Once ANALYZE has measured the table, the index has as many tuples as the
     * table, in a metapage plus leaf pages estimated from the key width.
     */
    private static Object[] indexStats(Catalog cat, Index i, Object[] row) {
        var stats = cat.relation(i.tableOid()) instanceof Table t && t.storage() != null
                ? t.storage().stats().statistics() : null;
        double tuples = stats == null ? 0 : Math.max(0, stats.reltuples());
        double tupleBytes = 16 + 8.0 * Math.max(1, i.keyColumns().size());
        row[9] = (int) Math.min(Integer.MAX_VALUE, 1 + (long) Math.ceil(tuples * tupleBytes / 8192));
        row[10] = (float) tuples;
        return row;
    }

    private static final java.util.Map<Catalog, java.util.Set<Long>> REFERENCED = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    /** Foreign keys are enforced by triggers in PostgreSQL: both of their tables have relhastriggers. */
    private static boolean hasTriggers(Catalog cat, Table t) {
        if (!cat.routines().triggersOn(t.oid()).isEmpty()) {
            return true;
        }
        for (dev.olifant.catalog.Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                return true;
            }
        }
        return REFERENCED.computeIfAbsent(cat, k -> {
            java.util.Set<Long> out = new java.util.HashSet<>();
            for (Relation r : k.relations()) {
                if (r instanceof Table tt) {
                    for (dev.olifant.catalog.Constraint c : tt.constraints()) {
                        if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                            out.add(c.foreignKey().referencedTableOid());
                        }
                    }
                }
            }
            return out;
        }).contains(t.oid());
    }

    private static int checks(Table t) {
        return (int) t.constraints().stream().filter(c -> c.kind() == ConstraintKind.CHECK).count();
    }

    private static Object[] row(long oid, String name, long ns, long owner, long am, long filenode, char kind,
            char persistence, int natts, int checks, boolean hasIndex, boolean hasRules, boolean hasTriggers,
            char replident, Object acl) {
        return new Object[] {
            oid, name, ns, 0L, 0L, owner, am, filenode, 0L,
            0, kind == 'r' || kind == 'i' || kind == 'v' ? -1.0f : 0.0f, 0, 0L,
            hasIndex, false, ch(persistence), ch(kind), int2(natts), int2(checks),
            hasRules, hasTriggers, false, false, false, true, ch(replident), false, 0L,
            0L, kind == 'r' ? 1L : 0L, acl, null, null,
        };
    }
}
