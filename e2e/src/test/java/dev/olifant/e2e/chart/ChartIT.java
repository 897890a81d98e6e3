package dev.olifant.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marcnuri.helm.LintResult;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart lints, renders with default and custom values, and its output applies. */
class ChartIT {

  static final String CUSTOM = """
      image:
        repository: registry.example/olifant-operator
        tag: "1.2.3"
      databaseImage: registry.example/olifant:1.2.3
      watchNamespaces: [team-a, team-b]
      replicas: 2
      leaderElection:
        enabled: false
      resources:
        requests: {cpu: 50m, memory: 128Mi}
      """;

  static ApiServer api;

  @BeforeAll
  static void start() throws IOException {
    api = ApiServer.start();
    for (String ns : List.of(OperatorChart.NAMESPACE, "team-a", "team-b")) {
      api.createNamespace(ns);
    }
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  static Map<String, String> env(Deployment deployment) {
    return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  @Test
  void lintsCleanly() {
    LintResult lint = OperatorChart.lint();
    assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
  }

  @Test
  void defaultValuesWatchEveryNamespaceWithAClusterRole() throws IOException {
    List<HasMetadata> objects = OperatorChart.parse(OperatorChart.render(null));
    assertThat(objects).extracting(HasMetadata::getKind).containsExactlyInAnyOrder(
        "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "Deployment");
    Deployment deployment = OperatorChart.only(objects, Deployment.class, OperatorChart.RELEASE);
    assertThat(deployment.getMetadata().getNamespace()).isEqualTo(OperatorChart.NAMESPACE);
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
        .isEqualTo("olifant/olifant-operator:0.1.0");
    assertThat(env(deployment))
        .containsEntry("QUARKUS_OPERATOR_SDK_CONTROLLERS_CLUSTER_NAMESPACES", "JOSDK_ALL_NAMESPACES")
        .containsEntry("OLIFANT_OPERATOR_LEADER_ELECTION_ENABLED", "true");
    ClusterRole role = OperatorChart.only(objects, ClusterRole.class, OperatorChart.RELEASE);
    assertThat(role.getRules()).allSatisfy(rule ->
        assertThat(rule.getVerbs()).doesNotContain("*", "escalate", "bind", "impersonate"));
    applyAll(objects);
  }

  @Test
  void customValuesWatchOnlyTheListedNamespaces() throws IOException {
    List<HasMetadata> objects = OperatorChart.parse(OperatorChart.render(CUSTOM));
    assertThat(objects).extracting(HasMetadata::getKind)
        .doesNotContain("ClusterRole", "ClusterRoleBinding");
    assertThat(objects).filteredOn(o -> o instanceof Role)
        .extracting(o -> o.getMetadata().getNamespace())
        .containsExactlyInAnyOrder("team-a", "team-b");
    Deployment deployment = OperatorChart.only(objects, Deployment.class, OperatorChart.RELEASE);
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    var container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    assertThat(container.getImage()).isEqualTo("registry.example/olifant-operator:1.2.3");
    assertThat(container.getResources().getRequests().get("cpu").toString()).isEqualTo("50m");
    assertThat(env(deployment))
        .containsEntry("QUARKUS_OPERATOR_SDK_CONTROLLERS_CLUSTER_NAMESPACES", "team-a,team-b")
        .containsEntry("OLIFANT_DATABASE_IMAGE", "registry.example/olifant:1.2.3")
        .containsEntry("OLIFANT_OPERATOR_LEADER_ELECTION_ENABLED", "false");
    applyAll(objects);
  }

  @Test
  void chartCrdsAndTheExampleClusterApply() throws IOException {
    for (var file : OperatorChart.crdFiles()) {
      List<HasMetadata> crds = OperatorChart.parse(Files.readString(file));
      applyAll(crds);
    }
    assertThat(api.client().apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .contains("clusters.olifant.dev", "databaseroles.olifant.dev", "databases.olifant.dev",
            "schemas.olifant.dev", "switchovers.olifant.dev");
    // `kubectl get olifant` lists every kind: discovery reports the category and short names.
    // (A CRD reaches discovery once established, shortly after it is created.)
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      var resources = api.client().getApiResources("olifant.dev/v1alpha1").getResources().stream()
          .filter(r -> !r.getName().contains("/")).toList();
      assertThat(resources).hasSize(5).allSatisfy(r -> {
        assertThat(r.getCategories()).containsExactly("olifant");
        assertThat(r.getShortNames()).isNotEmpty();
        assertThat(r.getNamespaced()).isTrue();
      });
    });
    assertThat(api.client().apiextensions().v1().customResourceDefinitions()
        .withName("clusters.olifant.dev").get().getSpec().getVersions().getFirst()
        .getAdditionalPrinterColumns())
        .extracting(c -> c.getName())
        .containsExactly("Instances", "Ready", "Primary", "Phase", "Age");
    // The example the documentation points at is valid against those CRDs.
    applyAll(OperatorChart.parse(Files.readString(
        OperatorChart.ROOT.resolve("deploy/examples/cluster.yaml"))));
  }

  /** Server-side applies every object; the API server validates each against its schema. */
  static void applyAll(List<HasMetadata> objects) {
    for (HasMetadata object : objects) {
      HasMetadata applied = api.client().resource(object).fieldManager("chart-test")
          .forceConflicts().serverSideApply();
      assertThat(applied.getMetadata().getUid()).isNotBlank();
    }
  }
}
