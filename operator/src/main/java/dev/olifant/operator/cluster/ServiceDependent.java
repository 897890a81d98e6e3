package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterNames;
import dev.olifant.operator.model.ClusterServices;
import dev.olifant.operator.model.ServiceRole;
import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;

/** Base of the three Service dependents; each manages the Service of one {@link ServiceRole}. */
abstract class ServiceDependent extends CRUDKubernetesDependentResource<Service, Cluster> {

  private final ServiceRole role;

  ServiceDependent(ServiceRole role) {
    super(Service.class);
    this.role = role;
  }

  @Override
  protected Service desired(Cluster cluster, Context<Cluster> context) {
    return ClusterServices.desired(cluster, role);
  }

  @Override
  protected ResourceID targetSecondaryResourceID(Cluster cluster, Context<Cluster> context) {
    return new ResourceID(ClusterNames.of(cluster).service(role), cluster.getMetadata().getNamespace());
  }

  @Override
  protected void addReferenceHandlingMetadata(Service object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
