/**
 * The system catalogs as relations ({@code pg_catalog.pg_class}, {@code pg_namespace}, ...,
 * {@code information_schema.*}): each {@link dev.olifant.catalog.system.SystemView} computes its rows
 * from the catalog objects when a statement scans it, so they always agree with the real catalog.
 */
package dev.olifant.catalog.system;
