package dev.olifant.operator.testing;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real kube-apiserver and etcd for tests, started by kube-api-test in offline mode from the
 * binaries {@code e2e/tools/kube-test-binaries.sh} builds. The client authenticates with a
 * {@code system:masters} certificate; tests of the operator's own permissions impersonate its
 * ServiceAccount. No controller-manager, scheduler or kubelet runs: nothing garbage-collects,
 * schedules or reports pod status unless a test does it.
 */
public final class ApiServer implements AutoCloseable {

  /** Kubernetes version of the binaries; must match the script's {@code KUBE_VERSION}. */
  public static final String VERSION = System.getProperty("olifant.kube.version", "1.33.4");

  /** The project root (tests run with the module directory as working directory). */
  public static final Path ROOT =
      Path.of(System.getProperty("olifant.root", "..")).toAbsolutePath().normalize();

  private final KubeAPIServer server;
  private final KubernetesClient client;

  private ApiServer(KubeAPIServer server, KubernetesClient client) {
    this.server = server;
    this.client = client;
  }

  public static ApiServer start() {
    String testDir = System.getenv().getOrDefault("KUBE_TEST_DIR",
        Path.of(System.getProperty("user.home"), ".kubeapitest").toString());
    Path binaries = Path.of(testDir, "k8s", VERSION + "-linux-amd64");
    for (String binary : List.of("kube-apiserver", "etcd", "kubectl")) {
      if (!Files.isExecutable(binaries.resolve(binary))) {
        throw new IllegalStateException("missing " + binaries.resolve(binary)
            + ": run `bash e2e/tools/kube-test-binaries.sh` first (builds them from Go modules)");
      }
    }
    KubeAPIServer server = new KubeAPIServer(KubeAPIServerConfigBuilder.anAPIServerConfig()
        .withOfflineMode(true)
        .withTestDir(testDir)
        .withApiServerVersion(VERSION)
        .withUpdateKubeConfig(false)
        .withStartupTimeout(120_000)
        .build());
    server.start();
    KubernetesClient client = new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(server.getKubeConfigYaml()))
        .build();
    return new ApiServer(server, client);
  }

  public KubernetesClient client() {
    return client;
  }

  public String kubeConfigYaml() {
    return server.getKubeConfigYaml();
  }

  /** A client acting as {@code user} (e.g. a ServiceAccount) through impersonation. */
  public KubernetesClient impersonating(String user, String... groups) {
    Config config = Config.fromKubeconfig(server.getKubeConfigYaml());
    config.setImpersonateUsername(user);
    config.setImpersonateGroups(groups);
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** Applies the committed CRDs ({@code crds/generated}) and waits until they are established. */
  public void installCrds() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("crds/generated"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          CustomResourceDefinition crd = client.getKubernetesSerialization()
              .unmarshal(in, CustomResourceDefinition.class);
          client.resource(crd).forceConflicts().serverSideApply();
          client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
              .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions() != null
                  && c.getStatus().getConditions().stream().anyMatch(
                      k -> "Established".equals(k.getType()) && "True".equals(k.getStatus())),
                  30, TimeUnit.SECONDS);
        }
      }
    }
  }

  public void createNamespace(String name) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name)
        .endMetadata().build()).serverSideApply();
  }

  public <T extends HasMetadata> T apply(T resource) {
    return client.resource(resource).forceConflicts().serverSideApply();
  }

  @Override
  public void close() {
    client.close();
    server.stop();
  }
}
