package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ServerConfig;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/** The server configuration ConfigMap {@code <name>-config}. */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class ConfigMapDependent extends CRUDKubernetesDependentResource<ConfigMap, Cluster> {

  public ConfigMapDependent() {
    super(ConfigMap.class);
  }

  @Override
  protected ConfigMap desired(Cluster cluster, Context<Cluster> context) {
    return ServerConfig.desired(cluster);
  }

  @Override
  protected void addReferenceHandlingMetadata(ConfigMap object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
