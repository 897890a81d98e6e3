package dev.olifant.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged operator with a kubeconfig for a real API server, watching one namespace
 * with leader election on, and checks that it reconciles a Cluster, holds its Lease and answers
 * its health endpoints.
 */
class OperatorProcessIT {

  static final Path JAR = ApiServer.ROOT.resolve("operator/target/quarkus-app/quarkus-run.jar");
  static final int HTTP_PORT = 18080;

  static ApiServer api;
  static Process operator;
  static Path log;

  @BeforeAll
  static void start() throws IOException {
    assertThat(JAR).as("package the operator module first").exists();
    api = ApiServer.start();
    api.installCrds();
    api.createNamespace("apps");
    api.createNamespace("olifant-system");
    Path kubeconfig = Files.createTempFile("kubeconfig", ".yaml");
    Files.writeString(kubeconfig, api.kubeConfigYaml());
    log = Files.createTempFile("operator", ".log");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("KUBECONFIG", kubeconfig.toString());
    env.put("KUBERNETES_NAMESPACE", "olifant-system");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(HTTP_PORT));
    env.put("QUARKUS_OPERATOR_SDK_CONTROLLERS_CLUSTER_NAMESPACES", "apps");
    env.put("OLIFANT_DATABASE_IMAGE", "registry.example/olifant:9.9");
    env.put("OLIFANT_OPERATOR_LEADER_ELECTION_ENABLED", "true");
    env.put("OLIFANT_OPERATOR_LEADER_ELECTION_LEASE_NAME", "olifant-operator-leader");
    operator = builder.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (operator != null) {
      operator.destroy();
      boolean exited = operator.waitFor(30, TimeUnit.SECONDS);
      if (!exited) {
        operator.destroyForcibly();
      }
      assertThat(exited).as("operator stops on SIGTERM (log: %s)", log).isTrue();
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  void reconcilesAClusterAndAnswersHealthChecks() throws Exception {
    Cluster cluster = new Cluster();
    cluster.setMetadata(new ObjectMetaBuilder().withName("shop").withNamespace("apps").build());
    cluster.setSpec(new ClusterSpec(1, null, new StorageSpec("1Gi", null), null, null, null, null,
        null, null));
    api.apply(cluster);

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .failFast("operator exited, log: " + log, () -> !operator.isAlive())
        .untilAsserted(() -> assertThat(api.client().pods().inNamespace("apps").withName("shop-1").get())
            .as("Pod shop-1 (operator log: %s)", log).isNotNull());
    assertThat(api.client().pods().inNamespace("apps").withName("shop-1").get().getSpec()
        .getContainers().getFirst().getImage()).isEqualTo("registry.example/olifant:9.9");
    Lease lease = api.client().leases().inNamespace("olifant-system")
        .withName("olifant-operator-leader").get();
    assertThat(lease).isNotNull();
    assertThat(lease.getSpec().getHolderIdentity()).isNotBlank();

    HttpClient http = HttpClient.newHttpClient();
    for (String path : new String[] {"/q/health/live", "/q/health/ready"}) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    }
  }
}
