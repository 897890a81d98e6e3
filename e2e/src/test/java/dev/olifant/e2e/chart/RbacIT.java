package dev.olifant.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.operator.cluster.ClusterReconciler;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart's RBAC, namespace-scoped to {@code team-a}, is enough for the operator to do its
 * work there and grants nothing else. The operator runs in-process with a client impersonating
 * its ServiceAccount, exactly as the API server would see the Deployment's Pod.
 */
class RbacIT {

  static ApiServer api;
  static KubernetesClient operatorClient;

  @BeforeAll
  static void install() throws IOException {
    api = ApiServer.start();
    api.installCrds();
    for (String ns : List.of(OperatorChart.NAMESPACE, "team-a", "team-b")) {
      api.createNamespace(ns);
    }
    for (HasMetadata object : OperatorChart.parse(OperatorChart.render("watchNamespaces: [team-a]\n"))) {
      api.apply(object);
    }
    operatorClient = api.impersonating(OperatorChart.SERVICE_ACCOUNT,
        "system:serviceaccounts", "system:serviceaccounts:" + OperatorChart.NAMESPACE,
        "system:authenticated");
  }

  @AfterAll
  static void stop() {
    if (operatorClient != null) {
      operatorClient.close();
    }
    if (api != null) {
      api.close();
    }
  }

  static boolean can(String verb, String group, String resource, String namespace) {
    return can(verb, group, resource, namespace, null);
  }

  static boolean can(String verb, String group, String resource, String namespace, String name) {
    SelfSubjectAccessReview review = operatorClient.authorization().v1().selfSubjectAccessReview()
        .create(new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
            .withVerb(verb).withGroup(group).withResource(resource).withNamespace(namespace)
            .withName(name)
            .endResourceAttributes().endSpec().build());
    return review.getStatus().getAllowed();
  }

  @Test
  void operatorReconcilesAClusterWithOnlyItsOwnPermissions() {
    Operator operator = new Operator(o -> o.withKubernetesClient(operatorClient)
        .withCloseClientOnStop(false)
        .withStopOnInformerErrorDuringStartup(true)
        .withCacheSyncTimeout(Duration.ofSeconds(30)));
    operator.register(new ClusterReconciler(), c -> c.settingNamespaces("team-a"));
    operator.start();
    try {
      Cluster cluster = new Cluster();
      cluster.setMetadata(new ObjectMetaBuilder().withName("db").withNamespace("team-a").build());
      cluster.setSpec(new ClusterSpec(1, null, new StorageSpec("1Gi", null), null, Map.of(), null,
          null, null, null));
      api.apply(cluster);
      KubernetesClient admin = api.client();
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        assertThat(admin.pods().inNamespace("team-a").withName("db-1").get()).isNotNull();
        assertThat(admin.secrets().inNamespace("team-a").withName("db-app").get()).isNotNull();
        assertThat(admin.policy().v1().podDisruptionBudget().inNamespace("team-a").withName("db").get())
            .isNotNull();
        assertThat(admin.resources(Cluster.class).inNamespace("team-a").withName("db").get()
            .getStatus()).isNotNull();
        assertThat(admin.v1().events().inNamespace("team-a").list().getItems()).isNotEmpty();
      });
    } finally {
      operator.stop();
    }
  }

  @Test
  void grantsWhatTheOperatorNeedsInItsNamespace() {
    for (String resource : List.of("pods", "persistentvolumeclaims", "services", "configmaps", "secrets")) {
      for (String verb : List.of("get", "list", "watch", "create", "patch", "delete")) {
        assertThat(can(verb, "", resource, "team-a")).as("%s %s in team-a", verb, resource).isTrue();
      }
    }
    assertThat(can("patch", "olifant.dev", "clusters/status", "team-a")).isTrue();
    assertThat(can("watch", "olifant.dev", "clusters", "team-a")).isTrue();
    assertThat(can("create", "policy", "poddisruptionbudgets", "team-a")).isTrue();
    assertThat(can("create", "", "events", "team-a")).isTrue();
    assertThat(can("update", "coordination.k8s.io", "leases", OperatorChart.NAMESPACE,
        "olifant-operator-leader")).isTrue();
  }

  @Test
  void grantsNothingMore() {
    assertThat(can("get", "", "secrets", "team-b")).as("Secrets outside watched namespaces").isFalse();
    assertThat(can("list", "", "secrets", "")).as("Secrets cluster-wide").isFalse();
    assertThat(can("list", "", "pods", "team-b")).isFalse();
    assertThat(can("patch", "olifant.dev", "clusters", "team-a")).as("the user's spec").isFalse();
    assertThat(can("update", "olifant.dev", "clusters", "team-a")).isFalse();
    assertThat(can("delete", "olifant.dev", "clusters", "team-a")).isFalse();
    assertThat(can("update", "", "pods", "team-a")).as("PUT; SSA patches instead").isFalse();
    assertThat(can("get", "", "secrets", OperatorChart.NAMESPACE)).isFalse();
    assertThat(can("update", "coordination.k8s.io", "leases", OperatorChart.NAMESPACE, "other"))
        .isFalse();
    assertThat(can("list", "", "nodes", "")).isFalse();
    assertThat(can("delete", "", "namespaces", "")).isFalse();
    assertThat(can("create", "apiextensions.k8s.io", "customresourcedefinitions", "")).isFalse();
    assertThat(can("create", "rbac.authorization.k8s.io", "roles", "team-a")).isFalse();
    assertThat(can("create", "apps", "deployments", "team-a")).isFalse();
    assertThat(can("create", "", "pods/exec", "team-a")).isFalse();
  }
}
