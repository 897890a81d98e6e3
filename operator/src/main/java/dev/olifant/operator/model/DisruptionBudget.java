package dev.olifant.operator.model;

import dev.olifant.crd.cluster.Cluster;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;

/**
 * The PodDisruptionBudget {@code <name>}: at most one instance of a cluster is voluntarily
 * evicted at a time (a drain never takes two instances down together; a single-instance cluster
 * can still be drained).
 */
public final class DisruptionBudget {

  private DisruptionBudget() {}

  public static PodDisruptionBudget desired(Cluster cluster) {
    String name = cluster.getMetadata().getName();
    return new PodDisruptionBudgetBuilder()
        .withNewMetadata()
            .withName(ClusterNames.of(cluster).disruptionBudget())
            .withNamespace(cluster.getMetadata().getNamespace())
            .withLabels(Labels.common(name))
        .endMetadata()
        .withNewSpec()
            .withMaxUnavailable(new IntOrString(1))
            .withNewSelector().withMatchLabels(Labels.clusterSelector(name)).endSelector()
        .endSpec()
        .build();
  }
}
