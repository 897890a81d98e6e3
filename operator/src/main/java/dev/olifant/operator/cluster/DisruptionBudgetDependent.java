package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.DisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/** The PodDisruptionBudget {@code <name>}. */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class DisruptionBudgetDependent
    extends CRUDKubernetesDependentResource<PodDisruptionBudget, Cluster> {

  public DisruptionBudgetDependent() {
    super(PodDisruptionBudget.class);
  }

  @Override
  protected PodDisruptionBudget desired(Cluster cluster, Context<Cluster> context) {
    return DisruptionBudget.desired(cluster);
  }

  @Override
  protected void addReferenceHandlingMetadata(PodDisruptionBudget object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
