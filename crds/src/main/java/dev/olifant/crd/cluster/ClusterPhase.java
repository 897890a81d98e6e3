package dev.olifant.crd.cluster;

/** A one-word summary of a cluster's state for {@code kubectl get}; conditions hold the detail. */
public enum ClusterPhase {
  /** Instances are being created or are not yet ready. */
  Provisioning,
  /** Every instance is ready and the primary serves. */
  Healthy,
  /** Some instance that was ready is not. */
  Degraded,
  /** The spec asks for something this operator cannot do; see the Stalled condition. */
  Stalled
}
