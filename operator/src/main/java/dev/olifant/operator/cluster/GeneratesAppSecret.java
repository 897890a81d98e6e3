package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterSecrets;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;

/** Precondition of {@link AppSecretDependent}: no {@code spec.bootstrap.credentials}. */
public class GeneratesAppSecret implements Condition<Secret, Cluster> {

  @Override
  public boolean isMet(
      DependentResource<Secret, Cluster> dependent, Cluster cluster, Context<Cluster> context) {
    return ClusterSecrets.generatesAppSecret(cluster);
  }
}
