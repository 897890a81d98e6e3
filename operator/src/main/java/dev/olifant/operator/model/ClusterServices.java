package dev.olifant.operator.model;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ServicesSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Services {@code <name>-rw}, {@code <name>-ro} and {@code <name>-r}. Each selects the
 * cluster's instance Pods plus its {@link ServiceRole#selectorTerm()}; none selects by Pod name,
 * so a role change is a label change on Pods and the Services follow.
 */
public final class ClusterServices {

  private ClusterServices() {}

  public static Service desired(Cluster cluster, ServiceRole role) {
    ClusterNames names = ClusterNames.of(cluster);
    ServicesSpec services = cluster.getSpec().services();
    Map<String, String> selector = new TreeMap<>(Labels.clusterSelector(names.cluster()));
    selector.putAll(role.selectorTerm());
    Map<String, String> annotations =
        services == null || services.annotations() == null
            ? new TreeMap<>() : new TreeMap<>(services.annotations());
    String type = services == null || services.type() == null ? "ClusterIP" : services.type().name();
    return new ServiceBuilder()
        .withNewMetadata()
            .withName(names.service(role))
            .withNamespace(cluster.getMetadata().getNamespace())
            .withLabels(Labels.common(names.cluster()))
            .withAnnotations(annotations)
        .endMetadata()
        .withNewSpec()
            .withType(type)
            .withSelector(selector)
            .addNewPort()
                .withName(DatabaseDefaults.POSTGRES_PORT_NAME)
                .withPort(DatabaseDefaults.POSTGRES_PORT)
                .withTargetPort(new IntOrString(DatabaseDefaults.POSTGRES_PORT_NAME))
                .withProtocol("TCP")
            .endPort()
        .endSpec()
        .build();
  }
}
