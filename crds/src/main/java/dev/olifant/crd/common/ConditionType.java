package dev.olifant.crd.common;

/**
 * Condition types. {@link #READY}, {@link #RECONCILING} and {@link #STALLED} are the kstatus
 * triple every Olifant status carries (so that Flux, Argo CD and {@code kubectl wait} understand
 * them); the others are domain conditions of a {@code Cluster}.
 *
 * <p>kstatus protocol: while the operator still works towards the spec, {@code Reconciling=True};
 * when it cannot get there without a change by the user, {@code Stalled=True}; {@code Ready=True}
 * only when the observed state matches the spec of {@code observedGeneration}. Each condition
 * carries its own {@code observedGeneration}.
 */
public enum ConditionType {
  READY("Ready"),
  RECONCILING("Reconciling"),
  STALLED("Stalled"),
  PRIMARY_AVAILABLE("PrimaryAvailable"),
  REPLICATION_HEALTHY("ReplicationHealthy");

  private final String type;

  ConditionType(String type) {
    this.type = type;
  }

  /** The {@code type} string as written in {@code status.conditions}. */
  public String type() {
    return type;
  }
}
