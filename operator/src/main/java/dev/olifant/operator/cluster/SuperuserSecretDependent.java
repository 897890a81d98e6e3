package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterNames;
import dev.olifant.operator.model.ClusterSecrets;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/** The superuser Secret {@code <name>-superuser}; owns the Secret informer both Secrets share. */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class SuperuserSecretDependent extends SecretDependent {

  @Override
  String secretName(Cluster cluster) {
    return ClusterNames.of(cluster).superuserSecret();
  }

  @Override
  Secret build(Cluster cluster, String password) {
    return ClusterSecrets.superuser(cluster, password);
  }
}
