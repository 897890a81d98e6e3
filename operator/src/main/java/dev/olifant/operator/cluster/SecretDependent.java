package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.ClusterSecrets;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;

/**
 * Base of the two generated Secrets. The existing password is read from the informer's cache and
 * carried into the desired Secret; a password is generated only when the Secret does not exist.
 * The target Secret is selected by name (not by computing the desired object), so the random
 * step runs at most once per reconcile.
 */
abstract class SecretDependent extends CRUDKubernetesDependentResource<Secret, Cluster> {

  SecretDependent() {
    super(Secret.class);
  }

  abstract String secretName(Cluster cluster);

  abstract Secret build(Cluster cluster, String password);

  @Override
  protected Secret desired(Cluster cluster, Context<Cluster> context) {
    String name = secretName(cluster);
    String password = context.getSecondaryResourcesAsStream(Secret.class)
        .filter(s -> name.equals(s.getMetadata().getName()))
        .findFirst()
        .flatMap(ClusterSecrets::existingPassword)
        .orElseGet(ClusterSecrets::generatePassword);
    return build(cluster, password);
  }

  @Override
  protected ResourceID targetSecondaryResourceID(Cluster cluster, Context<Cluster> context) {
    return new ResourceID(secretName(cluster), cluster.getMetadata().getNamespace());
  }

  @Override
  protected void addReferenceHandlingMetadata(Secret object, Cluster cluster) {
    Managed.ownedBy(object, cluster);
  }
}
