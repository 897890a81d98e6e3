/**
 * The {@code Cluster} controller: {@link dev.olifant.operator.cluster.ClusterReconciler} declares a
 * workflow with one dependent resource per owned Kubernetes object (ConfigMap, two Secrets, three
 * Services, the instance PVCs and Pods as bulk dependents, the PodDisruptionBudget), all applied
 * with server-side apply and owned through owner references, then writes the status.
 *
 * <p>Dependents only translate: their {@code desired} methods delegate to the pure builders of
 * {@link dev.olifant.operator.model}. Informers are restricted to objects labelled
 * {@code app.kubernetes.io/managed-by=olifant-operator}, so the operator does not cache other
 * Secrets of the namespaces it watches.
 */
package dev.olifant.operator.cluster;
