package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterNames;
import dev.olifant.operator.model.ClusterSecrets;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * The application owner's Secret {@code <name>-app}; reconciled only when the Cluster does not
 * bring its own credentials Secret ({@link GeneratesAppSecret}).
 */
public class AppSecretDependent extends SecretDependent {

  @Override
  String secretName(Cluster cluster) {
    return ClusterNames.of(cluster).appSecret();
  }

  @Override
  Secret build(Cluster cluster, String password) {
    return ClusterSecrets.app(cluster, password);
  }
}
