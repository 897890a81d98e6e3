package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.operator.model.Labels;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.List;

/** What every owned object shares: the informers' label selector and the owner reference. */
final class Managed {

  static final String SELECTOR = Labels.MANAGED_BY + "=" + Labels.OPERATOR;

  private Managed() {}

  /**
   * Makes {@code cluster} the controlling owner of {@code object}: the garbage collector deletes
   * the object with the Cluster (blocking the Cluster's foreground deletion until it is gone),
   * and {@code kubectl describe} shows who controls it.
   */
  static void ownedBy(HasMetadata object, Cluster cluster) {
    object.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
        .withApiVersion(cluster.getApiVersion())
        .withKind(cluster.getKind())
        .withName(cluster.getMetadata().getName())
        .withUid(cluster.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build()));
  }
}
