package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterNames;
import dev.olifant.operator.model.InstanceVolumes;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.GarbageCollected;
import io.javaoperatorsdk.operator.processing.dependent.CRUDBulkDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One PVC per instance (a bulk dependent): scaling up creates the missing claims, scaling down
 * deletes the claims of the instances that went away.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class InstanceVolumesDependent
    extends KubernetesDependentResource<PersistentVolumeClaim, Cluster>
    implements CRUDBulkDependentResource<PersistentVolumeClaim, Cluster, ResourceID>,
        GarbageCollected<Cluster> {

  public InstanceVolumesDependent() {
    super(PersistentVolumeClaim.class);
  }

  @Override
  public Map<ResourceID, PersistentVolumeClaim> desiredResources(
      Cluster cluster, Context<Cluster> context) {
    Map<ResourceID, PersistentVolumeClaim> desired = new LinkedHashMap<>();
    for (int i = 1; i <= cluster.getSpec().instances(); i++) {
      PersistentVolumeClaim claim = InstanceVolumes.desired(cluster, i);
      desired.put(ResourceID.fromResource(claim), claim);
    }
    return desired;
  }

  @Override
  public Map<ResourceID, PersistentVolumeClaim> getSecondaryResources(
      Cluster cluster, Context<Cluster> context) {
    ClusterNames names = ClusterNames.of(cluster);
    return context.getSecondaryResourcesAsStream(PersistentVolumeClaim.class)
        .filter(c -> names.ordinalOf(c.getMetadata().getName()) > 0)
        .collect(Collectors.toMap(ResourceID::fromResource, Function.identity()));
  }

  @Override
  protected void addReferenceHandlingMetadata(PersistentVolumeClaim object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
