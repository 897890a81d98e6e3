package dev.olifant.operator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.crd.cluster.BootstrapSpec;
import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.ServiceType;
import dev.olifant.crd.cluster.ServicesSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.crd.common.SecretReference;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildersTest {

  static Cluster cluster(ClusterSpec spec) {
    Cluster cluster = new Cluster();
    cluster.setMetadata(new ObjectMetaBuilder().withName("pg").withNamespace("ns").withGeneration(1L).build());
    cluster.setSpec(spec);
    return cluster;
  }

  static ClusterSpec spec(int instances) {
    return new ClusterSpec(instances, null, new StorageSpec("5Gi", "fast"),
        new ResourceRequirementsBuilder().withRequests(Map.of("memory", new Quantity("512Mi"))).build(),
        Map.of("max_connections", "50", "port", "1234"), null, null,
        new ServicesSpec(ServiceType.LoadBalancer, Map.of("a", "b")), null);
  }

  @Test
  void podHasProbesPortsResourcesVolumesAndAntiAffinity() {
    Pod pod = InstancePods.desired(cluster(spec(1)), 1, InstanceRole.PRIMARY);
    Container c = pod.getSpec().getContainers().getFirst();
    assertThat(pod.getMetadata().getName()).isEqualTo("pg-1");
    assertThat(pod.getMetadata().getNamespace()).isEqualTo("ns");
    assertThat(pod.getMetadata().getLabels()).containsEntry(Labels.CLUSTER, "pg")
        .containsEntry(Labels.INSTANCE, "pg-1").containsEntry(Labels.ROLE, "primary")
        .containsEntry(Labels.SERVING, "true");
    assertThat(c.getImage()).isEqualTo(DatabaseDefaults.configuredImage());
    assertThat(c.getPorts()).extracting(p -> p.getContainerPort()).containsExactly(5432, 8080);
    assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
    assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
    assertThat(c.getResources().getRequests()).containsEntry("memory", new Quantity("512Mi"));
    assertThat(pod.getSpec().getVolumes()).anySatisfy(v ->
        assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("pg-1"));
    assertThat(pod.getSpec().getAffinity().getPodAntiAffinity()
        .getPreferredDuringSchedulingIgnoredDuringExecution()).singleElement()
        .satisfies(t -> assertThat(t.getPodAffinityTerm().getLabelSelector().getMatchLabels())
            .containsEntry(Labels.CLUSTER, "pg"));
    assertThat(pod.getMetadata().getOwnerReferences()).isEmpty();
  }

  @Test
  void buildersAreDeterministic() {
    Cluster cluster = cluster(spec(2));
    assertThat(InstancePods.desired(cluster, 2, InstanceRole.DETACHED))
        .isEqualTo(InstancePods.desired(cluster, 2, InstanceRole.DETACHED));
    assertThat(ServerConfig.desired(cluster)).isEqualTo(ServerConfig.desired(cluster));
    assertThat(ClusterServices.desired(cluster, ServiceRole.R))
        .isEqualTo(ClusterServices.desired(cluster, ServiceRole.R));
  }

  @Test
  void pvcUsesSizeAndStorageClass() {
    var pvc = InstanceVolumes.desired(cluster(spec(3)), 3);
    assertThat(pvc.getMetadata().getName()).isEqualTo("pg-3");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("fast");
    assertThat(pvc.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("5Gi"));
  }

  @Test
  void servicesSelectByRoleLabels() {
    Cluster cluster = cluster(spec(1));
    var rw = ClusterServices.desired(cluster, ServiceRole.RW);
    assertThat(rw.getMetadata().getName()).isEqualTo("pg-rw");
    assertThat(rw.getSpec().getType()).isEqualTo("LoadBalancer");
    assertThat(rw.getMetadata().getAnnotations()).containsEntry("a", "b");
    assertThat(rw.getSpec().getSelector()).containsEntry(Labels.ROLE, "primary");
    assertThat(ClusterServices.desired(cluster, ServiceRole.RO).getSpec().getSelector())
        .containsEntry(Labels.ROLE, "replica");
    assertThat(ClusterServices.desired(cluster, ServiceRole.R).getSpec().getSelector())
        .containsEntry(Labels.SERVING, "true").doesNotContainKey(Labels.ROLE);
  }

  @Test
  void serverParametersCannotMoveTheOperatorsPorts() {
    String file = ServerConfig.properties(cluster(spec(1)));
    assertThat(file).contains("olifant.max_connections=50\n").contains("olifant.port=5432\n")
        .doesNotContain("1234");
  }

  @Test
  void secretsCarryTheGivenPasswordAndConnectionDetails() {
    Cluster cluster = cluster(spec(1));
    Secret app = ClusterSecrets.app(cluster, "s3cret");
    assertThat(app.getMetadata().getName()).isEqualTo("pg-app");
    assertThat(decode(app, "username")).isEqualTo("app");
    assertThat(decode(app, "host")).isEqualTo("pg-rw.ns.svc");
    assertThat(ClusterSecrets.existingPassword(app)).contains("s3cret");
    assertThat(decode(ClusterSecrets.superuser(cluster, "x"), "username")).isEqualTo("postgres");
    assertThat(ClusterSecrets.generatePassword()).hasSize(24)
        .isNotEqualTo(ClusterSecrets.generatePassword());
    assertThat(ClusterSecrets.generatesAppSecret(cluster)).isTrue();
    Cluster own = cluster(new ClusterSpec(1, null, new StorageSpec("1Gi", null), null, null, null,
        null, null, new BootstrapSpec("shop", "shopper", new SecretReference("mine"))));
    assertThat(ClusterSecrets.generatesAppSecret(own)).isFalse();
    assertThat(InstancePods.desired(own, 1, InstanceRole.PRIMARY).getSpec().getContainers()
        .getFirst().getEnv()).anySatisfy(e -> assertThat(e.getValueFrom() == null ? null
            : e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("mine"));
  }

  @Test
  void namesRoundTrip() {
    ClusterNames names = new ClusterNames("pg");
    assertThat(names.ordinalOf(names.instance(7))).isEqualTo(7);
    assertThat(names.ordinalOf("pg-rw")).isEqualTo(-1);
    assertThat(names.ordinalOf("pg-01")).isEqualTo(-1);
    assertThat(names.ordinalOf("other-1")).isEqualTo(-1);
  }

  static String decode(Secret secret, String key) {
    return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }
}
