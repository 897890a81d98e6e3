package dev.olifant.e2e.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.operator.cluster.ClusterReconciler;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * On K3s, a Cluster's instance Pod is scheduled, its PVC is bound by the local-path provisioner,
 * and deleting the Cluster lets the garbage collector remove everything it owns. The instance
 * image is a placeholder (the database image is not published), so readiness is not asserted.
 */
@EnabledIf(value = "dockerAvailable",
    disabledReason = "Docker is not available: K3s end-to-end tests are skipped (they run where Docker runs)")
class K3sClusterIT {

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  static K3sContainer k3s;
  static KubernetesClient client;
  static Operator operator;

  @BeforeAll
  static void start() throws Exception {
    k3s = new K3sContainer(DockerImageName.parse("rancher/k3s:v1.33.4-k3s1"));
    k3s.start();
    client = new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml())).build();
    try (Stream<Path> files = Files.list(ApiServer.ROOT.resolve("crds/generated"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          client.resource(client.getKubernetesSerialization()
              .unmarshal(in, CustomResourceDefinition.class)).serverSideApply();
        }
      }
    }
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("k3s")
        .endMetadata().build()).serverSideApply();
    operator = new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(false));
    operator.register(new ClusterReconciler());
    operator.start();
  }

  @AfterAll
  static void stop() {
    if (operator != null) {
      operator.stop();
    }
    if (client != null) {
      client.close();
    }
    if (k3s != null) {
      k3s.stop();
    }
  }

  @Test
  void podIsScheduledVolumeBoundAndDeletionCascades() {
    Cluster cluster = new Cluster();
    cluster.setMetadata(new ObjectMetaBuilder().withName("db").withNamespace("k3s").build());
    cluster.setSpec(new ClusterSpec(1, "busybox:1.36", new StorageSpec("64Mi", null), null, null,
        null, null, null, null));
    client.resource(cluster).serverSideApply();

    await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
      var claim = client.persistentVolumeClaims().inNamespace("k3s").withName("db-1").get();
      assertThat(claim).isNotNull();
      assertThat(claim.getStatus().getPhase()).isEqualTo("Bound");
      var pod = client.pods().inNamespace("k3s").withName("db-1").get();
      assertThat(pod.getSpec().getNodeName()).isNotBlank();
    });

    client.resources(Cluster.class).inNamespace("k3s").withName("db").delete();
    await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
      assertThat(client.pods().inNamespace("k3s").withName("db-1").get()).isNull();
      assertThat(client.services().inNamespace("k3s").withName("db-rw").get()).isNull();
      assertThat(client.secrets().inNamespace("k3s").withName("db-superuser").get()).isNull();
      assertThat(client.configMaps().inNamespace("k3s").withName("db-config").get()).isNull();
    });
  }
}
