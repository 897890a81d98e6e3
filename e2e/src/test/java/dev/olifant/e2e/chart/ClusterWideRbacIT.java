package dev.olifant.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the chart's default values (every namespace watched, a ClusterRole) the operator's
 * ServiceAccount reaches its objects in any namespace, and still nothing outside them.
 */
class ClusterWideRbacIT {

  static ApiServer api;
  static KubernetesClient operatorClient;

  @BeforeAll
  static void install() throws IOException {
    api = ApiServer.start();
    api.installCrds();
    api.createNamespace(OperatorChart.NAMESPACE);
    for (HasMetadata object : OperatorChart.parse(OperatorChart.render(null))) {
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
    return operatorClient.authorization().v1().selfSubjectAccessReview()
        .create(new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes()
            .withVerb(verb).withGroup(group).withResource(resource).withNamespace(namespace)
            .endResourceAttributes().endSpec().build())
        .getStatus().getAllowed();
  }

  @Test
  void reachesItsObjectsInEveryNamespace() {
    assertThat(can("watch", "olifant.dev", "clusters", "")).isTrue();
    assertThat(can("list", "", "pods", "")).isTrue();
    assertThat(can("create", "", "secrets", "any-namespace")).isTrue();
    assertThat(can("patch", "olifant.dev", "clusters/status", "any-namespace")).isTrue();
  }

  @Test
  void grantsNothingBeyondThem() {
    assertThat(can("patch", "olifant.dev", "clusters", "any-namespace")).isFalse();
    assertThat(can("list", "", "nodes", "")).isFalse();
    assertThat(can("create", "", "namespaces", "")).isFalse();
    assertThat(can("create", "apiextensions.k8s.io", "customresourcedefinitions", "")).isFalse();
    assertThat(can("create", "rbac.authorization.k8s.io", "clusterrolebindings", "")).isFalse();
    assertThat(can("create", "apps", "deployments", "any-namespace")).isFalse();
    assertThat(can("create", "", "pods/exec", "any-namespace")).isFalse();
    assertThat(can("create", "", "serviceaccounts/token", "any-namespace")).isFalse();
    assertThat(can("list", "olifant.dev", "databases", "")).as("no controller yet").isFalse();
  }
}
