/**
 * The system catalog. Cluster-wide objects (databases, roles) live in {@link dev.olifant.catalog.Cluster};
 * each database's objects (schemas, relations, columns, constraints, comments) live in immutable
 * {@link dev.olifant.catalog.Catalog} versions. A transaction that changes a database's catalog works on a
 * private version and publishes it when it commits, so rolled-back DDL leaves no trace and running
 * statements keep a consistent view. Declarative partitioning lives here too: a table's
 * {@link dev.olifant.catalog.Partitioning} (partition key, parent and bound), and
 * {@link dev.olifant.catalog.PartitionTree}, which reads a version's partition trees. {@code pg_catalog} and {@code information_schema} are views
 * computed from these objects. An index's expression keys are kept as SQL text; the code below the
 * SQL layers that computes index keys (recovery's index rebuild) has them compiled by the
 * {@link dev.olifant.catalog.IndexExpressions} compiler the session layer registers at startup.
 */
package dev.olifant.catalog;
