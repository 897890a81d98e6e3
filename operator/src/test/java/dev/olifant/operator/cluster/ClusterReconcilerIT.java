package dev.olifant.operator.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.olifant.crd.cluster.BootstrapSpec;
import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterPhase;
import dev.olifant.crd.cluster.ClusterSpec;
import dev.olifant.crd.cluster.StorageSpec;
import dev.olifant.crd.common.SecretReference;
import dev.olifant.operator.model.Labels;
import dev.olifant.operator.testing.ApiServer;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The Cluster controller against a real kube-apiserver. No kubelet runs, so the test writes Pod
 * status the way a kubelet would; no garbage collector runs, so deletion is checked through owner
 * references.
 */
class ClusterReconcilerIT {

  static ApiServer api;
  static KubernetesClient client;
  static final AtomicInteger reconciles = new AtomicInteger();
  Operator operator;
  String ns;

  @BeforeAll
  static void startApiServer() throws Exception {
    api = ApiServer.start();
    client = api.client();
    api.installCrds();
  }

  @AfterAll
  static void stopApiServer() {
    if (api != null) {
      api.close();
    }
  }

  @BeforeEach
  void startOperator(TestInfo test) {
    ns = "it-" + test.getTestMethod().orElseThrow().getName().toLowerCase().replaceAll("[^a-z0-9]", "").substring(0, 12);
    api.createNamespace(ns);
    operator = startedOperator();
  }

  @AfterEach
  void stopOperator() {
    operator.stop();
  }

  static Operator startedOperator() {
    Operator operator = new Operator(o -> o.withKubernetesClient(client)
        .withCloseClientOnStop(false)
        .withStopOnInformerErrorDuringStartup(true)
        .withCacheSyncTimeout(Duration.ofSeconds(30))
        .withMetrics(new Metrics() {
          @Override
          public void finishedReconciliation(HasMetadata resource, Map<String, Object> metadata) {
            reconciles.incrementAndGet();
          }
        }));
    operator.register(new ClusterReconciler());
    operator.start();
    return operator;
  }

  static Cluster cluster(String ns, String name, int instances) {
    Cluster cluster = new Cluster();
    cluster.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(ns).build());
    cluster.setSpec(new ClusterSpec(instances, "olifant/olifant:test", new StorageSpec("1Gi", null),
        null, Map.of("max_connections", "50"), null, null, null, null));
    return cluster;
  }

  Cluster awaitStatus(String name, java.util.function.Predicate<Cluster> until) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      Cluster c = client.resources(Cluster.class).inNamespace(ns).withName(name).get();
      return c != null && c.getStatus() != null && until.test(c);
    });
    return client.resources(Cluster.class).inNamespace(ns).withName(name).get();
  }

  static Condition condition(Cluster cluster, String type) {
    return cluster.getStatus().conditions().stream().filter(c -> type.equals(c.getType()))
        .findFirst().orElseThrow(() -> new AssertionError("no condition " + type));
  }

  void markReady(String pod) {
    Pod current = client.pods().inNamespace(ns).withName(pod).get();
    current.setStatus(new PodStatusBuilder()
        .withPhase("Running")
        .withConditions(new PodConditionBuilder().withType("Ready").withStatus("True").build())
        .build());
    client.pods().inNamespace(ns).resource(current).updateStatus();
  }

  List<HasMetadata> owned(String name) {
    return Stream.<HasMetadata>of(
            client.pods().inNamespace(ns).withName(name + "-1").get(),
            client.persistentVolumeClaims().inNamespace(ns).withName(name + "-1").get(),
            client.services().inNamespace(ns).withName(name + "-rw").get(),
            client.services().inNamespace(ns).withName(name + "-ro").get(),
            client.services().inNamespace(ns).withName(name + "-r").get(),
            client.secrets().inNamespace(ns).withName(name + "-superuser").get(),
            client.secrets().inNamespace(ns).withName(name + "-app").get(),
            client.configMaps().inNamespace(ns).withName(name + "-config").get(),
            client.policy().v1().podDisruptionBudget().inNamespace(ns).withName(name).get())
        .toList();
  }

  @Test
  void createsEveryObjectWithLabelsAndOwnerReferences() {
    Cluster created = api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> owned("db").stream().allMatch(o -> o != null));

    for (HasMetadata object : owned("db")) {
      assertThat(object.getMetadata().getLabels())
          .as("labels of %s %s", object.getKind(), object.getMetadata().getName())
          .containsEntry(Labels.CLUSTER, "db")
          .containsEntry(Labels.MANAGED_BY, Labels.OPERATOR);
      assertThat(object.getMetadata().getOwnerReferences())
          .as("owner of %s %s", object.getKind(), object.getMetadata().getName())
          .singleElement()
          .satisfies(ref -> {
            assertThat(ref.getKind()).isEqualTo("Cluster");
            assertThat(ref.getName()).isEqualTo("db");
            assertThat(ref.getUid()).isEqualTo(created.getMetadata().getUid());
            assertThat(ref.getController()).isTrue();
          });
    }
    Pod pod = client.pods().inNamespace(ns).withName("db-1").get();
    assertThat(pod.getMetadata().getLabels()).containsEntry(Labels.ROLE, "primary");
    assertThat(pod.getSpec().getContainers().getFirst().getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/q/health/ready");
    assertThat(client.services().inNamespace(ns).withName("db-rw").get().getSpec().getSelector())
        .containsEntry(Labels.ROLE, "primary").containsEntry(Labels.CLUSTER, "db");
    assertThat(client.secrets().inNamespace(ns).withName("db-superuser").get().getData())
        .containsKeys("username", "password");
    assertThat(client.configMaps().inNamespace(ns).withName("db-config").get().getData()
        .get("application.properties")).contains("olifant.max_connections=50");

    // The user's spec is untouched; the status says the instance is not ready yet.
    Cluster status = awaitStatus("db", c -> c.getStatus().phase() == ClusterPhase.Provisioning);
    assertThat(status.getSpec()).isEqualTo(created.getSpec());
    assertThat(status.getMetadata().getGeneration()).isEqualTo(1L);
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(status, "Reconciling").getStatus()).isEqualTo("True");
    assertThat(status.getStatus().conditions())
        .allSatisfy(c -> assertThat(c.getObservedGeneration()).isEqualTo(1L));
  }

  @Test
  void readyFollowsPodReadiness() {
    api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.pods().inNamespace(ns).withName("db-1").get() != null);
    markReady("db-1");

    Cluster ready = awaitStatus("db", c -> c.getStatus().phase() == ClusterPhase.Healthy);
    assertThat(condition(ready, "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(ready, "Reconciling").getStatus()).isEqualTo("False");
    assertThat(condition(ready, "Stalled").getStatus()).isEqualTo("False");
    assertThat(ready.getStatus().readyInstances()).isEqualTo(1);
    assertThat(ready.getStatus().currentPrimary()).isEqualTo("db-1");
    assertThat(ready.getStatus().observedGeneration()).isEqualTo(1L);

    Pod pod = client.pods().inNamespace(ns).withName("db-1").get();
    pod.getStatus().getConditions().getFirst().setStatus("False");
    client.pods().inNamespace(ns).resource(pod).updateStatus();
    Cluster degraded = awaitStatus("db", c -> c.getStatus().phase() == ClusterPhase.Degraded);
    assertThat(condition(degraded, "Ready").getStatus()).isEqualTo("False");
    assertThat(client.v1().events().inNamespace(ns).list().getItems())
        .extracting(e -> e.getReason())
        .contains("PhaseHealthy", "PhaseDegraded");
  }

  @Test
  void reconcilingAgainWithNothingChangedWritesNothing() {
    api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> owned("db").stream().allMatch(o -> o != null));
    markReady("db-1");
    awaitStatus("db", c -> c.getStatus().phase() == ClusterPhase.Healthy);
    Map<String, String> before = resourceVersions("db");

    // A restarted operator reconciles every Cluster once; everything already matches.
    operator.stop();
    int reconciled = reconciles.get();
    operator = startedOperator();
    await().atMost(Duration.ofSeconds(30)).until(() -> reconciles.get() > reconciled);

    assertThat(resourceVersions("db")).isEqualTo(before);
  }

  Map<String, String> resourceVersions(String name) {
    Map<String, String> versions = new TreeMap<>();
    for (HasMetadata o : owned(name)) {
      versions.put(o.getKind() + "/" + o.getMetadata().getName(), o.getMetadata().getResourceVersion());
    }
    Cluster cluster = client.resources(Cluster.class).inNamespace(ns).withName(name).get();
    versions.put("Cluster/" + name, cluster.getMetadata().getResourceVersion());
    return versions;
  }

  @Test
  void scalesUpAndDownAndReportsMissingReplication() {
    api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.pods().inNamespace(ns).withName("db-1").get() != null);
    // Scaling is reported against the instance count the status last recorded.
    awaitStatus("db", c -> Long.valueOf(1).equals(c.getStatus().observedGeneration()));

    api.apply(cluster(ns, "db", 2));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.pods().inNamespace(ns).withName("db-2").get() != null
            && client.persistentVolumeClaims().inNamespace(ns).withName("db-2").get() != null);
    assertThat(client.pods().inNamespace(ns).withName("db-2").get().getMetadata().getLabels())
        .containsEntry(Labels.ROLE, "detached").containsEntry(Labels.SERVING, "false");
    Cluster two = awaitStatus("db", c -> c.getStatus().phase() == ClusterPhase.Stalled);
    assertThat(two.getStatus().observedGeneration()).isEqualTo(2L);
    assertThat(condition(two, "Stalled").getReason()).isEqualTo("ReplicationUnsupported");
    assertThat(condition(two, "Stalled").getObservedGeneration()).isEqualTo(2L);
    assertThat(condition(two, "Ready").getStatus()).isEqualTo("False");
    assertThat(client.services().inNamespace(ns).withName("db-r").get().getSpec().getSelector())
        .as("detached instances are not served").containsEntry(Labels.SERVING, "true");
    assertThat(client.v1().events().inNamespace(ns).list().getItems())
        .anySatisfy(e -> {
          assertThat(e.getReason()).isEqualTo("Scaling");
          assertThat(e.getMessage()).isEqualTo("Scaling from 1 to 2 instances");
          assertThat(e.getInvolvedObject().getName()).isEqualTo("db");
        });

    api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.pods().inNamespace(ns).withName("db-2").get() == null);
    // The PVC protection finalizer keeps a deleted claim until a controller-manager releases it.
    var claim = client.persistentVolumeClaims().inNamespace(ns).withName("db-2").get();
    assertThat(claim == null || claim.getMetadata().getDeletionTimestamp() != null).isTrue();
    assertThat(client.pods().inNamespace(ns).withName("db-1").get()).isNotNull();
    Cluster one = awaitStatus("db", c -> c.getStatus().observedGeneration() == 3L);
    assertThat(condition(one, "Stalled").getStatus()).isEqualTo("False");
  }

  @Test
  void ownCredentialsReplaceTheGeneratedAppSecret() {
    Cluster cluster = cluster(ns, "own", 1);
    cluster.setSpec(new ClusterSpec(1, null, new StorageSpec("1Gi", null), null, null, null, null,
        null, new BootstrapSpec("shop", "shopper", new SecretReference("my-credentials"))));
    api.apply(cluster);
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.pods().inNamespace(ns).withName("own-1").get() != null);
    assertThat(client.secrets().inNamespace(ns).withName("own-app").get()).isNull();
    assertThat(client.secrets().inNamespace(ns).withName("own-superuser").get()).isNotNull();
    assertThat(client.pods().inNamespace(ns).withName("own-1").get().getSpec().getContainers()
        .getFirst().getEnv())
        .filteredOn(e -> e.getName().equals("OLIFANT_BOOTSTRAP_PASSWORD"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName())
            .isEqualTo("my-credentials"));
  }

  @Test
  void aChangeKubernetesRefusesIsReportedInTheStatus() {
    api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> owned("db").stream().allMatch(o -> o != null));

    // An unbound claim cannot be resized: the API server refuses the PVC patch.
    Cluster bigger = cluster(ns, "db", 1);
    bigger.setSpec(new ClusterSpec(1, "olifant/olifant:test", new StorageSpec("2Gi", null),
        null, Map.of("max_connections", "50"), null, null, null, null));
    api.apply(bigger);
    Cluster failing = awaitStatus("db",
        c -> "ReconcileError".equals(condition(c, "Ready").getReason()));
    assertThat(condition(failing, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(failing, "Ready").getObservedGeneration()).isEqualTo(2L);
    assertThat(condition(failing, "Ready").getMessage()).contains("db-1");
    assertThat(client.v1().events().inNamespace(ns).list().getItems())
        .extracting(e -> e.getReason()).contains("ReconcileError");
  }

  @Test
  void deletingTheClusterLeavesOnlyObjectsOwnedByIt() {
    Cluster created = api.apply(cluster(ns, "db", 1));
    await().atMost(Duration.ofSeconds(30)).until(() -> owned("db").stream().allMatch(o -> o != null));
    String uid = created.getMetadata().getUid();

    client.resources(Cluster.class).inNamespace(ns).withName("db").delete();
    // No finalizer: the Cluster goes at once, and the garbage collector (not running here)
    // deletes every object whose owner reference points at the Cluster's uid.
    await().atMost(Duration.ofSeconds(30))
        .until(() -> client.resources(Cluster.class).inNamespace(ns).withName("db").get() == null);
    for (HasMetadata object : owned("db")) {
      List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
      assertThat(refs).extracting(OwnerReference::getUid).containsExactly(uid);
      assertThat(refs.getFirst().getBlockOwnerDeletion()).isTrue();
    }
  }
}
