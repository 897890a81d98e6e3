package dev.olifant.operator.model;

import dev.olifant.crd.cluster.Cluster;

/**
 * Names of every object derived from a cluster called {@code name}: instances are
 * {@code <name>-1 .. <name>-n} (Pod and PVC share the instance's name), services
 * {@code <name>-rw|ro|r}, secrets {@code <name>-superuser} and {@code <name>-app}, the
 * ConfigMap {@code <name>-config} and the PodDisruptionBudget {@code <name>}.
 */
public record ClusterNames(String cluster) {

  public static ClusterNames of(Cluster cluster) {
    return new ClusterNames(cluster.getMetadata().getName());
  }

  /** The instance with 1-based {@code ordinal}; its Pod and PVC both carry this name. */
  public String instance(int ordinal) {
    if (ordinal < 1) {
      throw new IllegalArgumentException("instance ordinals start at 1: " + ordinal);
    }
    return cluster + "-" + ordinal;
  }

  /** The ordinal of an instance name of this cluster, or -1 when it is not one. */
  public int ordinalOf(String instanceName) {
    String prefix = cluster + "-";
    if (instanceName == null || !instanceName.startsWith(prefix)) {
      return -1;
    }
    String rest = instanceName.substring(prefix.length());
    if (rest.isEmpty() || rest.length() > 3 || !rest.chars().allMatch(Character::isDigit)
        || rest.startsWith("0")) {
      return -1;
    }
    return Integer.parseInt(rest);
  }

  public String service(ServiceRole role) {
    return cluster + role.suffix();
  }

  public String superuserSecret() {
    return cluster + "-superuser";
  }

  public String appSecret() {
    return cluster + "-app";
  }

  public String configMap() {
    return cluster + "-config";
  }

  public String disruptionBudget() {
    return cluster;
  }
}
