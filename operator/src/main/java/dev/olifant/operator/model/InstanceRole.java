package dev.olifant.operator.model;

/**
 * The role label value of an instance Pod. Services select on it, so moving the label moves the
 * traffic.
 */
public enum InstanceRole {
  /** Accepts writes; selected by {@code <name>-rw} and {@code <name>-r}. */
  PRIMARY("primary", true),
  /** A streaming standby; selected by {@code <name>-ro} and {@code <name>-r}. */
  REPLICA("replica", true),
  /**
   * An instance that is not part of the replication topology: until streaming replication is
   * configured by the operator, instances beyond the primary are independent, empty servers, so
   * no Service routes to them (a client would otherwise read data that is not the cluster's).
   */
  DETACHED("detached", false);

  private final String label;
  private final boolean serving;

  InstanceRole(String label, boolean serving) {
    this.label = label;
    this.serving = serving;
  }

  public String label() {
    return label;
  }

  /** Whether {@code <name>-r} routes to it. */
  public boolean serving() {
    return serving;
  }
}
