package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;
import static dev.olifant.catalog.system.Values.int2;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/** pg_attribute, pg_attrdef and pg_type. */
final class AttributeViews {
    private AttributeViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_attribute", 1249, Specs.PG_ATTRIBUTE, AttributeViews::attributes),
                CatalogView.of("pg_attrdef", 2604, Specs.PG_ATTRDEF, AttributeViews::defaults),
                CatalogView.of("pg_type", 1247, Specs.PG_TYPE, AttributeViews::types));
    }

    private static List<Object[]> attributes(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (SystemView v : SystemViews.all()) {
            int n = 0;
            for (SystemColumn c : v.columns()) {
                rows.add(attribute(v.oid(), c.name(), c.type(), -1, ++n, false, false, false, "", false));
            }
        }
        Catalog cat = ctx.catalog();
        for (Relation r : ClassViews.sorted(cat.relations(), Relation::oid)) {
            attributesOf(cat, r, rows);
        }
        return rows;
    }

    private static void attributesOf(Catalog cat, Relation r, List<Object[]> rows) {
        switch (r) {
            case Table t -> {
                for (Column c : t.columns()) {
                    Object[] a = attribute(t.oid(), c.name(), c.dropped() ? Types.UNKNOWN : c.type(), c.typmod(),
                            c.attnum(), c.notNull(), c.defaultExpr() != null, c.missingValue() != null,
                            c.identity().code(), c.dropped());
                    if (c.dropped()) {
                        a[2] = 0L;
                    }
                    rows.add(a);
                }
            }
            case View v -> {
                int n = 0;
                for (View.ViewColumn c : v.columns()) {
                    rows.add(attribute(v.oid(), c.name(), c.type(), c.typmod(), ++n, false, false, false, "", false));
                }
            }
            case Index i -> {
                Relation owner = cat.relation(i.tableOid());
                int expr = 0;
                for (int k = 0; k < i.keyColumns().size(); k++) {
                    int attnum = i.keyColumns().get(k);
                    if (attnum != 0 && owner instanceof Table t) {
                        Column c = t.column(attnum);
                        rows.add(attribute(i.oid(), c.name(), c.type(), c.typmod(), k + 1, false, false, false, "",
                                false));
                    } else {
                        String name = expr == 0 ? "expr" : "expr" + expr;
                        expr++;
                        rows.add(attribute(i.oid(), name, Types.UNKNOWN, -1, k + 1, false, false, false, "", false));
                    }
                }
                for (int k = 0; k < i.includeColumns().size(); k++) {
                    if (owner instanceof Table t) {
                        Column c = t.column(i.includeColumns().get(k));
                        rows.add(attribute(i.oid(), c.name(), c.type(), c.typmod(), i.keyColumns().size() + k + 1,
                                false, false, false, "", false));
                    }
                }
            }
            case Sequence s -> {
                rows.add(attribute(s.oid(), "last_value", Types.INT8, -1, 1, true, false, false, "", false));
                rows.add(attribute(s.oid(), "log_cnt", Types.INT8, -1, 2, true, false, false, "", false));
                rows.add(attribute(s.oid(), "is_called", Types.BOOL, -1, 3, true, false, false, "", false));
            }
        }
    }

    private static Object[] attribute(long rel, String name, PgType type, int typmod, int attnum, boolean notNull,
            boolean hasDefault, boolean hasMissing, String identity, boolean dropped) {
        TypeFacts.Facts f = TypeFacts.of(type);
        return new Object[] {
            rel, name, (long) type.oid(), -1, int2(type.length()), int2(attnum),
            type.isArray() && type.length() == -1 ? 1 : 0, -1, typmod, type.byValue(), f.typalign(), f.typstorage(),
            "", notNull, hasDefault, hasMissing, identity,
            "", dropped, true, 0, f.typcollation(),
            null, null, null, null,
        };
    }

    private static List<Object[]> defaults(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(ctx.catalog().relations(), Relation::oid)) {
            if (r instanceof Table t) {
                for (Column c : t.columns()) {
                    if (!c.dropped() && c.defaultExpr() != null) {
                        rows.add(new Object[] {0L, t.oid(), int2(c.attnum()), ColumnDefaults.adbin(c)});
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> types(SystemContext ctx) {
        List<PgType> all = ClassViews.sorted(Types.all(), PgType::oid);
        List<Object[]> rows = new ArrayList<>();
        for (PgType t : all) {
            TypeFacts.Facts f = TypeFacts.of(t);
            long[] p = f.procs();
            rows.add(new Object[] {
                (long) t.oid(), t.name(), Oids.PG_CATALOG_NAMESPACE, Oids.BOOTSTRAP_SUPERUSER, int2(t.length()),
                t.byValue(), f.typtype(), ch(t.category()), t.preferred(), true, f.typdelim(), 0L,
                p[0], (long) t.elementOid(), (long) t.arrayOid(), p[1], p[2], p[3], p[4], p[5], p[6], p[7],
                f.typalign(), f.typstorage(), false, 0L, -1, 0, f.typcollation(), null, null, null,
            });
        }
        return rows;
    }
}
