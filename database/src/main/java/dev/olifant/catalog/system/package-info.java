/**
 * The system catalogs as relations ({@code pg_catalog.pg_class}, {@code pg_namespace}, ...,
 * {@code information_schema.*}): each {@link dev.olifant.catalog.system.SystemView} computes its rows
 * from the catalog objects when a statement scans it, so they always agree with the real catalog.
 *
 * <p>Column lists and names are PostgreSQL 15's ({@code Specs}); OIDs of the catalogs, built-in
 * types ({@code pg_type.tsv}) and built-in functions ({@code pg_proc.tsv}) are PostgreSQL's, so
 * clients that hard-code them (psql, drivers) work. Catalogs of objects Olifant does not have
 * (triggers, policies, publications, extensions, ...) exist with their columns and no rows.
 * {@link dev.olifant.catalog.system.Definitions} builds the texts of pg_get_indexdef,
 * pg_get_constraintdef and pg_get_expr; {@link dev.olifant.catalog.system.Sizes} the relation sizes.
 */
package dev.olifant.catalog.system;
