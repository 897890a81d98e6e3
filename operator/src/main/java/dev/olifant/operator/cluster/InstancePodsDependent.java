package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterNames;
import dev.olifant.operator.model.ClusterStatusModel;
import dev.olifant.operator.model.InstancePods;
import dev.olifant.operator.model.Topology;
import io.fabric8.kubernetes.api.model.Pod;
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
 * One Pod per instance, managed directly (no StatefulSet) so that the operator decides who is
 * primary: the role labels come from the {@link Topology}. Pod status changes (readiness) arrive
 * through this dependent's informer and trigger the status update.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class InstancePodsDependent extends KubernetesDependentResource<Pod, Cluster>
    implements CRUDBulkDependentResource<Pod, Cluster, ResourceID>, GarbageCollected<Cluster> {

  public InstancePodsDependent() {
    super(Pod.class);
  }

  @Override
  public Map<ResourceID, Pod> desiredResources(Cluster cluster, Context<Cluster> context) {
    Topology topology = ClusterStatusModel.topology(cluster);
    Map<ResourceID, Pod> desired = new LinkedHashMap<>();
    topology.roles().forEach((ordinal, role) -> {
      Pod pod = InstancePods.desired(cluster, ordinal, role);
      desired.put(ResourceID.fromResource(pod), pod);
    });
    return desired;
  }

  @Override
  public Map<ResourceID, Pod> getSecondaryResources(Cluster cluster, Context<Cluster> context) {
    ClusterNames names = ClusterNames.of(cluster);
    return context.getSecondaryResourcesAsStream(Pod.class)
        .filter(p -> names.ordinalOf(p.getMetadata().getName()) > 0)
        .collect(Collectors.toMap(ResourceID::fromResource, Function.identity()));
  }

  @Override
  protected void addReferenceHandlingMetadata(Pod object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
