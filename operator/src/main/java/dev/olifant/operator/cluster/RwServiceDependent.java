package dev.olifant.operator.cluster;

import dev.olifant.operator.model.ServiceRole;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/** The Service {@code <name>-rw} routing to the primary; owns the Service informer the three share. */
@KubernetesDependent(informer = @Informer(labelSelector = Managed.SELECTOR))
public class RwServiceDependent extends ServiceDependent {

  public RwServiceDependent() {
    super(ServiceRole.RW);
  }
}
