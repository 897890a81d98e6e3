/**
 * Pure model builders: each computes one kind of desired Kubernetes object from a {@code Cluster}
 * and, where needed, from already observed state passed in as plain values. No builder talks to
 * the API server, so all of them are unit-tested without one.
 *
 * <p>Invariants shared by every builder: objects are named from the cluster's name
 * ({@link dev.olifant.operator.model.ClusterNames}), carry the labels of
 * {@link dev.olifant.operator.model.Labels}, live in the cluster's namespace, and carry no owner
 * reference (the dependent resources add it). Builders are deterministic: the same input yields
 * an equal object, which is what makes a second reconcile with nothing changed write nothing.
 */
package dev.olifant.operator.model;
