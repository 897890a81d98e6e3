package dev.olifant.operator.model;

import java.util.Map;

/** The three Services of a cluster and the extra label each one selects on. */
public enum ServiceRole {
  /** Read-write: the primary only. */
  RW("-rw", Labels.ROLE, InstanceRole.PRIMARY.label()),
  /** Read-only: standbys only. */
  RO("-ro", Labels.ROLE, InstanceRole.REPLICA.label()),
  /** Read: any serving instance, primary included. */
  R("-r", Labels.SERVING, "true");

  private final String suffix;
  private final String labelKey;
  private final String labelValue;

  ServiceRole(String suffix, String labelKey, String labelValue) {
    this.suffix = suffix;
    this.labelKey = labelKey;
    this.labelValue = labelValue;
  }

  public String suffix() {
    return suffix;
  }

  /** The selector term this service adds to the cluster selector. */
  public Map<String, String> selectorTerm() {
    return Map.of(labelKey, labelValue);
  }
}
