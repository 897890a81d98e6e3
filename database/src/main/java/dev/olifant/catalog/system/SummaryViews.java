package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import java.util.ArrayList;
import java.util.List;

/** pg_tables, pg_views, pg_indexes, pg_sequences and pg_matviews: the catalogs summarised by name. */
final class SummaryViews {
    private SummaryViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_tables", 12033, Specs.PG_TABLES, SummaryViews::tables),
                CatalogView.of("pg_views", 12028, Specs.PG_VIEWS, SummaryViews::views),
                CatalogView.of("pg_indexes", 12043, Specs.PG_INDEXES, SummaryViews::indexes),
                CatalogView.of("pg_sequences", 12048, Specs.PG_SEQUENCES, SummaryViews::sequences),
                CatalogView.empty("pg_matviews", 12038, Specs.PG_MATVIEWS));
    }

    private static List<Relation> relations(SystemContext ctx) {
        return ClassViews.sorted(ctx.catalog().relations(), Relation::oid);
    }

    private static List<Object[]> tables(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                rows.add(new Object[] {Names.namespace(ctx, t.namespaceOid()), t.name(), Names.role(ctx, t.ownerOid()),
                    null, !t.indexOids().isEmpty(), false, false, false});
            }
        }
        return rows;
    }

    private static List<Object[]> views(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof View v) {
                rows.add(new Object[] {Names.namespace(ctx, v.namespaceOid()), v.name(), Names.role(ctx, v.ownerOid()),
                    Definitions.viewDef(v)});
            }
        }
        return rows;
    }

    private static List<Object[]> indexes(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Index i && cat.relation(i.tableOid()) instanceof Table t) {
                rows.add(new Object[] {Names.namespace(ctx, t.namespaceOid()), t.name(), i.name(), null,
                    Definitions.indexDef(cat, ctx.searchPath(), i, 0, false)});
            }
        }
        return rows;
    }

    private static List<Object[]> sequences(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Sequence s) {
                Long last = s.data() != null && s.data().isCalled() ? s.data().lastValue() : null;
                rows.add(new Object[] {Names.namespace(ctx, s.namespaceOid()), s.name(), Names.role(ctx, s.ownerOid()),
                    (long) s.type().oid(), s.start(), s.min(), s.max(), s.increment(), s.cycle(), s.cache(), last});
            }
        }
        return rows;
    }
}
