/**
 * The {@code Cluster} custom resource: a set of Olifant instances (one primary, the others
 * standbys), their storage, the services that route to them, and how they replicate and fail over.
 */
package dev.olifant.crd.cluster;
