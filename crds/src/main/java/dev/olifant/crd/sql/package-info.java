/**
 * Custom resources for SQL objects inside a {@code Cluster}: roles, databases and schemas. Each
 * names its cluster through an immutable {@code clusterRef} and says through {@code reclaimPolicy}
 * whether deleting the resource drops the object.
 */
package dev.olifant.crd.sql;
