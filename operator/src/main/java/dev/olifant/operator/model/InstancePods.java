package dev.olifant.operator.model;

import static dev.olifant.operator.model.DatabaseDefaults.*;

import dev.olifant.crd.cluster.BootstrapSpec;
import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;

/**
 * The Pod of one instance: the database container with its ports, the three health probes on
 * the management port, the cluster's resources, the PVC of the same name mounted as data volume,
 * the ConfigMap as Quarkus configuration, credentials from the Secrets as environment, and a
 * preferred anti-affinity spreading a cluster's instances over nodes.
 */
public final class InstancePods {

  private InstancePods() {}

  public static Pod desired(Cluster cluster, int ordinal, InstanceRole role) {
    ClusterNames names = ClusterNames.of(cluster);
    String instance = names.instance(ordinal);
    ClusterSpec spec = cluster.getSpec();
    String image = spec.image() == null ? DatabaseDefaults.configuredImage() : spec.image();
    return new PodBuilder()
        .withNewMetadata()
            .withName(instance)
            .withNamespace(cluster.getMetadata().getNamespace())
            .withLabels(Labels.pod(names.cluster(), instance, role))
        .endMetadata()
        .withNewSpec()
            .withHostname(instance)
            .withEnableServiceLinks(false)
            .withTerminationGracePeriodSeconds(30L)
            .withNewSecurityContext()
                .withRunAsNonRoot(true)
                .withRunAsUser(RUN_AS)
                .withRunAsGroup(RUN_AS)
                .withFsGroup(RUN_AS)
            .endSecurityContext()
            .withContainers(container(cluster, names, instance, image))
            .addNewVolume()
                .withName("data")
                .withNewPersistentVolumeClaim().withClaimName(instance).endPersistentVolumeClaim()
            .endVolume()
            .addNewVolume()
                .withName("config")
                .withNewConfigMap().withName(names.configMap()).endConfigMap()
            .endVolume()
            .withNewAffinity()
                .withNewPodAntiAffinity()
                    .addNewPreferredDuringSchedulingIgnoredDuringExecution()
                        .withWeight(100)
                        .withNewPodAffinityTerm()
                            .withTopologyKey("kubernetes.io/hostname")
                            .withNewLabelSelector()
                                .withMatchLabels(Labels.clusterSelector(names.cluster()))
                            .endLabelSelector()
                        .endPodAffinityTerm()
                    .endPreferredDuringSchedulingIgnoredDuringExecution()
                .endPodAntiAffinity()
            .endAffinity()
        .endSpec()
        .build();
  }

  private static Container container(
      Cluster cluster, ClusterNames names, String instance, String image) {
    ResourceRequirements resources = cluster.getSpec().resources();
    return new ContainerBuilder()
        .withName("database")
        .withImage(image)
        .addNewPort().withName(POSTGRES_PORT_NAME).withContainerPort(POSTGRES_PORT)
            .withProtocol("TCP").endPort()
        .addNewPort().withName(MANAGEMENT_PORT_NAME).withContainerPort(MANAGEMENT_PORT)
            .withProtocol("TCP").endPort()
        .withEnv(env(cluster, names, instance))
        .withResources(resources)
        .withStartupProbe(probe(STARTED_PATH, 5, 120))
        .withLivenessProbe(probe(LIVE_PATH, 10, 3))
        .withReadinessProbe(probe(READY_PATH, 5, 3))
        .addNewVolumeMount().withName("data").withMountPath(VOLUME_MOUNT).endVolumeMount()
        .addNewVolumeMount().withName("config").withMountPath(CONFIG_MOUNT).withReadOnly(true)
            .endVolumeMount()
        .withNewSecurityContext()
            .withAllowPrivilegeEscalation(false)
            .withNewCapabilities().withDrop("ALL").endCapabilities()
        .endSecurityContext()
        .build();
  }

  private static List<EnvVar> env(Cluster cluster, ClusterNames names, String instance) {
    BootstrapSpec bootstrap = cluster.getSpec().bootstrap();
    String appSecret = bootstrap != null && bootstrap.credentials() != null
        ? bootstrap.credentials().name() : names.appSecret();
    return List.of(
        new EnvVarBuilder().withName("OLIFANT_INSTANCE").withValue(instance).build(),
        new EnvVarBuilder().withName("OLIFANT_CLUSTER").withValue(names.cluster()).build(),
        secretEnv("OLIFANT_SUPERUSER_PASSWORD", names.superuserSecret(), "password"),
        secretEnv("OLIFANT_BOOTSTRAP_OWNER", appSecret, "username"),
        secretEnv("OLIFANT_BOOTSTRAP_PASSWORD", appSecret, "password"));
  }

  private static EnvVar secretEnv(String name, String secret, String key) {
    return new EnvVarBuilder().withName(name)
        .withNewValueFrom().withNewSecretKeyRef().withName(secret).withKey(key).endSecretKeyRef()
        .endValueFrom()
        .build();
  }

  private static Probe probe(String path, int periodSeconds, int failureThreshold) {
    return new ProbeBuilder()
        .withNewHttpGet()
            .withPath(path)
            .withPort(new IntOrString(MANAGEMENT_PORT_NAME))
            .withScheme("HTTP")
        .endHttpGet()
        .withPeriodSeconds(periodSeconds)
        .withTimeoutSeconds(3)
        .withFailureThreshold(failureThreshold)
        .build();
  }
}
