package dev.olifant.operator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterPhase;
import dev.olifant.crd.cluster.ClusterStatus;
import dev.olifant.crd.common.ConditionType;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterStatusModelTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");

  static Pod pod(Cluster cluster, int ordinal, boolean ready) {
    Pod pod = InstancePods.desired(cluster, ordinal, InstanceRole.PRIMARY);
    pod.setStatus(new PodStatusBuilder().withConditions(new PodConditionBuilder()
        .withType("Ready").withStatus(ready ? "True" : "False").build()).build());
    return pod;
  }

  @Test
  void readyFollowsPodsAndKeepsTransitionTimes() {
    Cluster cluster = BuildersTest.cluster(BuildersTest.spec(1));
    ClusterStatus provisioning = ClusterStatusModel.compute(cluster, List.of(), T0);
    assertThat(provisioning.phase()).isEqualTo(ClusterPhase.Provisioning);
    assertThat(Conditions.find(provisioning.conditions(), ConditionType.READY).getStatus()).isEqualTo("False");
    assertThat(Conditions.find(provisioning.conditions(), ConditionType.RECONCILING).getStatus()).isEqualTo("True");
    assertThat(provisioning.conditions()).allSatisfy(c -> assertThat(c.getObservedGeneration()).isEqualTo(1L));

    cluster.setStatus(provisioning);
    ClusterStatus healthy = ClusterStatusModel.compute(cluster, List.of(pod(cluster, 1, true)), T1);
    assertThat(healthy.phase()).isEqualTo(ClusterPhase.Healthy);
    assertThat(healthy.readyInstances()).isEqualTo(1);
    assertThat(healthy.currentPrimary()).isEqualTo("pg-1");
    assertThat(Conditions.find(healthy.conditions(), ConditionType.READY).getLastTransitionTime())
        .isEqualTo(T1.toString());
    assertThat(Conditions.find(healthy.conditions(), ConditionType.STALLED).getLastTransitionTime())
        .as("unchanged status keeps its transition time").isEqualTo(T0.toString());

    cluster.setStatus(healthy);
    assertThat(ClusterStatusModel.compute(cluster, List.of(pod(cluster, 1, true)), T1.plusSeconds(60)))
        .as("recomputing the same state yields an equal status").isEqualTo(healthy);
    assertThat(ClusterStatusModel.compute(cluster, List.of(pod(cluster, 1, false)), T1).phase())
        .isEqualTo(ClusterPhase.Degraded);
  }

  @Test
  void moreThanOneInstanceIsStalledUntilReplicationExists() {
    Cluster cluster = BuildersTest.cluster(BuildersTest.spec(3));
    ClusterStatus status = ClusterStatusModel.compute(cluster,
        List.of(pod(cluster, 1, true), pod(cluster, 2, true), pod(cluster, 3, true)), T0);
    assertThat(status.phase()).isEqualTo(ClusterPhase.Stalled);
    assertThat(Conditions.find(status.conditions(), ConditionType.STALLED).getStatus()).isEqualTo("True");
    assertThat(Conditions.find(status.conditions(), ConditionType.READY).getStatus()).isEqualTo("False");
    assertThat(Conditions.find(status.conditions(), ConditionType.READY).getMessage())
        .contains("streaming replication");
    assertThat(ClusterStatusModel.topology(cluster).roles().values())
        .containsExactly(InstanceRole.PRIMARY, InstanceRole.DETACHED, InstanceRole.DETACHED);
  }

  @Test
  void failuresAreReconcilingUntilRetriesAreExhaustedThenStalled() {
    Cluster cluster = BuildersTest.cluster(BuildersTest.spec(1));
    ClusterStatus observed = ClusterStatusModel.compute(cluster, List.of(pod(cluster, 1, true)), T0);
    ClusterStatus retrying = ClusterStatusModel.failed(cluster, observed, "boom", false, T0);
    assertThat(Conditions.find(retrying.conditions(), ConditionType.READY).getReason())
        .isEqualTo("ReconcileError");
    assertThat(Conditions.find(retrying.conditions(), ConditionType.RECONCILING).getStatus()).isEqualTo("True");
    assertThat(Conditions.find(retrying.conditions(), ConditionType.STALLED).getStatus()).isEqualTo("False");
    assertThat(retrying.phase()).isEqualTo(ClusterPhase.Healthy);
    ClusterStatus stalled = ClusterStatusModel.failed(cluster, observed, "boom", true, T0);
    assertThat(Conditions.find(stalled.conditions(), ConditionType.STALLED).getStatus()).isEqualTo("True");
    assertThat(Conditions.find(stalled.conditions(), ConditionType.STALLED).getMessage()).isEqualTo("boom");
    assertThat(stalled.phase()).isEqualTo(ClusterPhase.Stalled);
    assertThat(stalled.conditions()).extracting(c -> c.getType())
        .containsExactly("Ready", "Reconciling", "Stalled", "PrimaryAvailable");
  }

  @Test
  void topologyKeepsAnExistingPrimaryThatStillFits() {
    assertThat(Topology.of(3, 2).primaryOrdinal()).isEqualTo(2);
    assertThat(Topology.of(1, 2).primaryOrdinal()).isEqualTo(1);
    assertThat(Topology.of(2, 0).primaryOrdinal()).isEqualTo(1);
  }
}
