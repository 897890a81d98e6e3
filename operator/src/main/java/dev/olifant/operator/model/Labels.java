package dev.olifant.operator.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Label keys and the label sets of each object kind. Every object the operator creates carries
 * {@link #common(String)}; instance Pods and PVCs add {@link #INSTANCE}, Pods add {@link #ROLE}
 * and {@link #SERVING}. Services and the PodDisruptionBudget select Pods on these.
 */
public final class Labels {

  public static final String CLUSTER = "olifant.dev/cluster";
  public static final String INSTANCE = "olifant.dev/instance";
  public static final String ROLE = "olifant.dev/role";
  public static final String SERVING = "olifant.dev/serving";
  public static final String NAME = "app.kubernetes.io/name";
  public static final String APP_INSTANCE = "app.kubernetes.io/instance";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String COMPONENT = "app.kubernetes.io/component";

  public static final String APP = "olifant";
  public static final String OPERATOR = "olifant-operator";

  private Labels() {}

  /** Labels of every object of a cluster; also the label selector of the operator's informers. */
  public static Map<String, String> common(String cluster) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(NAME, APP);
    labels.put(APP_INSTANCE, cluster);
    labels.put(MANAGED_BY, OPERATOR);
    labels.put(CLUSTER, cluster);
    return labels;
  }

  /** The selector matching every instance Pod of a cluster. */
  public static Map<String, String> clusterSelector(String cluster) {
    return Map.of(CLUSTER, cluster, COMPONENT, "database");
  }

  public static Map<String, String> instance(String cluster, String instance) {
    Map<String, String> labels = common(cluster);
    labels.put(COMPONENT, "database");
    labels.put(INSTANCE, instance);
    return labels;
  }

  public static Map<String, String> pod(String cluster, String instance, InstanceRole role) {
    Map<String, String> labels = instance(cluster, instance);
    labels.put(ROLE, role.label());
    labels.put(SERVING, Boolean.toString(role.serving()));
    return labels;
  }
}
