/**
 * How the operator process runs inside Kubernetes: leader election between operator replicas.
 * Reconcilers and model builders do not depend on anything here.
 */
package dev.olifant.operator.runtime;
