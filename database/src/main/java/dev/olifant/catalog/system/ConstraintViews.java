package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;
import static dev.olifant.catalog.system.Values.int2;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** pg_index, pg_constraint, pg_sequence, pg_depend and pg_description. */
final class ConstraintViews {
    private ConstraintViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_index", 2610, Specs.PG_INDEX, ConstraintViews::indexes),
                CatalogView.of("pg_constraint", 2606, Specs.PG_CONSTRAINT, ConstraintViews::constraints),
                CatalogView.of("pg_sequence", 2224, Specs.PG_SEQUENCE, ConstraintViews::sequences),
                CatalogView.of("pg_depend", 2608, Specs.PG_DEPEND, ConstraintViews::depends),
                CatalogView.of("pg_description", 2609, Specs.PG_DESCRIPTION, ConstraintViews::descriptions));
    }

    /** The constraint an index enforces, or null. */
    static Constraint constraintOf(Catalog cat, Index i) {
        if (cat.relation(i.tableOid()) instanceof Table t) {
            for (Constraint c : t.constraints()) {
                if (c.indexOid() == i.oid() && c.kind() != ConstraintKind.FOREIGN_KEY) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<Object[]> indexes(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            if (r instanceof Index i) {
                Constraint con = constraintOf(cat, i);
                int n = i.keyColumns().size();
                List<Integer> options = new ArrayList<>();
                Object[] collations = new Object[n];
                Object[] classes = new Object[n];
                Table t = cat.relation(i.tableOid()) instanceof Table tt ? tt : null;
                for (int k = 0; k < n; k++) {
                    boolean desc = k < i.descending().size() && i.descending().get(k);
                    boolean nullsFirst = k < i.nullsFirst().size() && i.nullsFirst().get(k);
                    options.add((desc ? 1 : 0) | (nullsFirst ? 2 : 0));
                    int attnum = i.keyColumns().get(k);
                    collations[k] = attnum != 0 && t != null ? TypeFacts.collation(t.column(attnum).type()) : 0L;
                    classes[k] = 0L;
                }
                int all = i.allColumns().size();
                if (all > n) {
                    collations = java.util.Arrays.copyOf(collations, all);
                    classes = java.util.Arrays.copyOf(classes, all);
                    for (int k = n; k < all; k++) {
                        int attnum = i.includeColumns().get(k - n);
                        collations[k] = t != null ? TypeFacts.collation(t.column(attnum).type()) : 0L;
                        classes[k] = 0L;
                    }
                }
                rows.add(new Object[] {
                    i.oid(), i.tableOid(), int2(all), int2(n), i.unique(), i.nullsNotDistinct(), i.primary(), false,
                    con == null || !con.deferrable(), false, true, false, true, true, false,
                    Values.int2Vector(i.allColumns()), Values.vector(Types.OID, collations),
                    Values.vector(Types.OID, classes), Values.int2Vector(options),
                    i.expressions().isEmpty() ? null : String.join(", ", i.expressions()), i.predicate(),
                });
            }
        }
        return rows;
    }

    private static List<Object[]> constraints(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    rows.add(constraintRow(cat, t, c));
                }
            }
        }
        return rows;
    }

    private static Object[] constraintRow(Catalog cat, Table t, Constraint c) {
        Constraint.ForeignKey fk = c.foreignKey();
        long indexOid = c.indexOid();
        if (fk != null && indexOid == 0) {
            indexOid = referencedIndex(cat, fk);
        }
        return new Object[] {
            c.oid(), c.name(), t.namespaceOid(), ch(c.kind().code()), c.deferrable(), c.initiallyDeferred(),
            c.validated(),
            t.oid(), 0L, indexOid, 0L, fk == null ? 0L : fk.referencedTableOid(),
            fk == null ? " " : ch(fk.onUpdate().code()), fk == null ? " " : ch(fk.onDelete().code()),
            fk == null ? " " : ch(fk.matchType()), true, 0, false,
            c.columns().isEmpty() ? null : Values.int2Array(c.columns()),
            fk == null ? null : Values.int2Array(fk.referencedColumns()), null, null, null,
            fk == null || fk.deleteSetColumns().isEmpty() ? null : Values.int2Array(fk.deleteSetColumns()), null,
            c.checkExpr(),
        };
    }

    /** The unique index of the referenced table whose key is the foreign key's referenced columns. */
    static long referencedIndex(Catalog cat, Constraint.ForeignKey fk) {
        if (cat.relation(fk.referencedTableOid()) instanceof Table ref) {
            for (long oid : ref.indexOids()) {
                if (cat.relation(oid) instanceof Index i && i.unique() && i.predicate() == null
                        && i.keyColumns().equals(fk.referencedColumns())) {
                    return i.oid();
                }
            }
        }
        return 0;
    }

    private static List<Object[]> sequences(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(ctx.catalog().relations(), Relation::oid)) {
            if (r instanceof Sequence s) {
                rows.add(new Object[] {s.oid(), (long) s.type().oid(), s.start(), s.increment(), s.max(), s.min(),
                    s.cache(), s.cycle()});
            }
        }
        return rows;
    }

    /**
     * The dependencies psql reads: a sequence owned by a column ('a' for serial and OWNED BY, 'i'
     * for an identity column) and an index on its table ('a', or 'i' for a constraint's index).
     */
    private static List<Object[]> depends(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            if (r instanceof Sequence s && s.ownedByTable() != 0) {
                boolean identity = cat.relation(s.ownedByTable()) instanceof Table t
                        && s.ownedByColumn() > 0 && s.ownedByColumn() <= t.columns().size()
                        && t.column(s.ownedByColumn()).identity() != Identity.NONE;
                rows.add(depend(s.oid(), 0, s.ownedByTable(), s.ownedByColumn(), identity ? 'i' : 'a'));
            } else if (r instanceof Index i) {
                Constraint con = constraintOf(cat, i);
                if (con != null) {
                    rows.add(new Object[] {Oids.PG_CLASS, i.oid(), 0, Oids.PG_CONSTRAINT, con.oid(), 0, "i"});
                } else {
                    for (int attnum : i.keyColumns()) {
                        if (attnum != 0) {
                            rows.add(depend(i.oid(), 0, i.tableOid(), attnum, 'a'));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Object[] depend(long objid, int objsubid, long refobjid, int refobjsubid, char type) {
        return new Object[] {Oids.PG_CLASS, objid, objsubid, Oids.PG_CLASS, refobjid, refobjsubid, ch(type)};
    }

    /** PostgreSQL's descriptions of the built-in types, functions, schemas, access methods and languages. */
    static final List<Object[]> BUILTIN_DESCRIPTIONS = builtinDescriptions();

    private static List<Object[]> builtinDescriptions() {
        List<Object[]> rows = new ArrayList<>();
        try (java.io.InputStream in = ConstraintViews.class.getResourceAsStream("pg_description.tsv");
                java.io.BufferedReader r = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                rows.add(new Object[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]), f[3]});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    private static List<Object[]> descriptions(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] b : BUILTIN_DESCRIPTIONS) {
            if (ctx.catalog().comment(new Catalog.CommentKey((Long) b[0], (Long) b[1], (Integer) b[2])) == null) {
                rows.add(b);
            }
        }
        for (Map.Entry<Catalog.CommentKey, String> e : ctx.catalog().comments().entrySet()) {
            Catalog.CommentKey k = e.getKey();
            rows.add(new Object[] {k.objectOid(), k.classOid(), k.subId(), e.getValue()});
        }
        rows.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        return rows;
    }
}
