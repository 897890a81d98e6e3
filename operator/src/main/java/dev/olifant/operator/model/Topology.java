package dev.olifant.operator.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which instance plays which role.
 *
 * <p>Until the operator configures streaming replication, the topology is honest about what runs:
 * the primary is the current primary when it is still within {@code instances}, else instance 1;
 * every other instance is {@link InstanceRole#DETACHED}. {@link #replicationConfigured()} tells
 * status whether more than one instance was asked for without replication to back it.
 *
 * @param instances desired number of instances (at least 1)
 * @param primaryOrdinal ordinal of the primary instance
 */
public record Topology(int instances, int primaryOrdinal) {

  public Topology {
    if (instances < 1 || primaryOrdinal < 1 || primaryOrdinal > instances) {
      throw new IllegalArgumentException(
          "invalid topology: instances=" + instances + " primary=" + primaryOrdinal);
    }
  }

  /** The topology for {@code instances}, keeping {@code currentPrimaryOrdinal} when it fits. */
  public static Topology of(int instances, int currentPrimaryOrdinal) {
    int primary = currentPrimaryOrdinal >= 1 && currentPrimaryOrdinal <= instances
        ? currentPrimaryOrdinal : 1;
    return new Topology(instances, primary);
  }

  public InstanceRole roleOf(int ordinal) {
    return ordinal == primaryOrdinal ? InstanceRole.PRIMARY : InstanceRole.DETACHED;
  }

  /** Ordinal to role for every desired instance, in ordinal order. */
  public Map<Integer, InstanceRole> roles() {
    Map<Integer, InstanceRole> roles = new TreeMap<>();
    for (int i = 1; i <= instances; i++) {
      roles.put(i, roleOf(i));
    }
    return roles;
  }

  /** False while instances beyond the primary cannot be made standbys. */
  public boolean replicationConfigured() {
    return instances == 1;
  }
}
