package dev.olifant.operator.model;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.StorageSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/** The PersistentVolumeClaim of one instance, named like the instance's Pod. */
public final class InstanceVolumes {

  private InstanceVolumes() {}

  public static PersistentVolumeClaim desired(Cluster cluster, int ordinal) {
    ClusterNames names = ClusterNames.of(cluster);
    String instance = names.instance(ordinal);
    StorageSpec storage = cluster.getSpec().storage();
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
            .withName(instance)
            .withNamespace(cluster.getMetadata().getNamespace())
            .withLabels(Labels.instance(names.cluster(), instance))
        .endMetadata()
        .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .withStorageClassName(storage.storageClass())
            .withNewResources()
                .withRequests(Map.of("storage", new Quantity(storage.size())))
            .endResources()
        .endSpec()
        .build();
  }
}
