package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;

import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogs whose rows are fixed (access methods, collations, languages) and catalogs of objects
 * Olifant does not have yet (extensions, triggers, policies, publications, inheritance, ...):
 * those exist with PostgreSQL's columns and no rows, which is what they hold in a database that
 * has no such objects.
 */
final class FixedViews {
    private FixedViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_am", 2601, Specs.PG_AM, ctx -> List.of(
                        am(2, "heap", 3, 't'), am(403, "btree", 330, 'i'), am(405, "hash", 331, 'i'),
                        am(783, "gist", 332, 'i'), am(2742, "gin", 333, 'i'), am(3580, "brin", 335, 'i'),
                        am(4000, "spgist", 334, 'i'))),
                CatalogView.of("pg_collation", 3456, Specs.PG_COLLATION, ctx -> List.of(
                        collation(100, "default", 'd', null), collation(950, "C", 'c', "C"),
                        collation(951, "POSIX", 'c', "POSIX"))),
                CatalogView.of("pg_language", 2612, Specs.PG_LANGUAGE, ctx -> List.of(
                        language(12, "internal", false, 2246), language(13, "c", false, 2247),
                        language(14, "sql", true, 2248),
                        new Object[] {RoutineRows.LANG_PLPGSQL, "plpgsql", Oids.BOOTSTRAP_SUPERUSER, true, true, 13560L,
                                13561L, 13562L, null})),
                CatalogView.of("pg_rewrite", 2618, Specs.PG_REWRITE, FixedViews::rules),
                CatalogView.empty("pg_extension", 3079, Specs.PG_EXTENSION),
                CatalogView.of("pg_trigger", 2620, Specs.PG_TRIGGER, ctx -> RoutineRows.triggerRows(ctx.catalog())),
                CatalogView.empty("pg_policy", 3256, Specs.PG_POLICY),
                CatalogView.empty("pg_statistic_ext", 3381, Specs.PG_STATISTIC_EXT),
                CatalogView.empty("pg_publication", 6104, Specs.PG_PUBLICATION),
                CatalogView.empty("pg_publication_rel", 6106, Specs.PG_PUBLICATION_REL),
                CatalogView.empty("pg_publication_namespace", 6237, Specs.PG_PUBLICATION_NAMESPACE),
                CatalogView.empty("pg_foreign_table", 3118, Specs.PG_FOREIGN_TABLE),
                CatalogView.empty("pg_default_acl", 826, Specs.PG_DEFAULT_ACL),
                CatalogView.empty("pg_enum", 3501, Specs.PG_ENUM),
                CatalogView.empty("pg_range", 3541, Specs.PG_RANGE),
                CatalogView.empty("pg_event_trigger", 3466, Specs.PG_EVENT_TRIGGER),
                CatalogView.empty("pg_foreign_server", 1417, Specs.PG_FOREIGN_SERVER),
                CatalogView.empty("pg_foreign_data_wrapper", 2328, Specs.PG_FOREIGN_DATA_WRAPPER));
    }

    private static Object[] am(long oid, String name, long handler, char type) {
        return new Object[] {oid, name, handler, ch(type)};
    }

    private static Object[] collation(long oid, String name, char provider, String locale) {
        return new Object[] {oid, name, Oids.PG_CATALOG_NAMESPACE, Oids.BOOTSTRAP_SUPERUSER, ch(provider), true, -1,
            locale, locale, null, null};
    }

    private static Object[] language(long oid, String name, boolean trusted, long validator) {
        return new Object[] {oid, name, Oids.BOOTSTRAP_SUPERUSER, false, trusted, 0L, 0L, validator, null};
    }

    /** Every view has its _RETURN rule, whose action is the view's query. */
    private static List<Object[]> rules(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(ctx.catalog().relations(), Relation::oid)) {
            if (r instanceof View v) {
                rows.add(new Object[] {0L, "_RETURN", v.oid(), ch('1'), ch('O'), true, null, v.query()});
            }
        }
        return rows;
    }
}
