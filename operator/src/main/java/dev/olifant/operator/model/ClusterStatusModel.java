package dev.olifant.operator.model;

import static dev.olifant.crd.common.ConditionType.*;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterPhase;
import dev.olifant.crd.cluster.ClusterStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a Cluster's status from its spec, its previous status and the instance Pods observed.
 *
 * <p>kstatus mapping: {@code Ready=True} iff every desired instance Pod exists and reports the
 * {@code Ready} pod condition (the readiness probe on {@code /q/health/ready}); while that is not
 * yet so, {@code Reconciling=True}. A spec the operator cannot honour is {@code Stalled=True}: at
 * present that is more than one instance, because streaming replication is not configured yet.
 */
public final class ClusterStatusModel {

  private ClusterStatusModel() {}

  /** The primary's ordinal recorded in a previous status, or 0. */
  public static int currentPrimaryOrdinal(Cluster cluster) {
    ClusterStatus status = cluster.getStatus();
    if (status == null || status.currentPrimary() == null) {
      return 0;
    }
    return Math.max(0, ClusterNames.of(cluster).ordinalOf(status.currentPrimary()));
  }

  public static Topology topology(Cluster cluster) {
    return Topology.of(cluster.getSpec().instances(), currentPrimaryOrdinal(cluster));
  }

  public static ClusterStatus compute(Cluster cluster, Collection<Pod> pods, Instant now) {
    ClusterNames names = ClusterNames.of(cluster);
    Topology topology = topology(cluster);
    long generation = cluster.getMetadata().getGeneration() == null
        ? 0L : cluster.getMetadata().getGeneration();
    ClusterStatus previous = cluster.getStatus();
    List<Condition> before = previous == null ? null : previous.conditions();

    Map<Integer, Pod> byOrdinal = pods.stream()
        .filter(p -> names.ordinalOf(p.getMetadata().getName()) > 0)
        .collect(Collectors.toMap(p -> names.ordinalOf(p.getMetadata().getName()),
            Function.identity(), (a, b) -> a));
    int desired = topology.instances();
    int existing = 0;
    int ready = 0;
    for (int i = 1; i <= desired; i++) {
      Pod pod = byOrdinal.get(i);
      if (pod != null) {
        existing++;
        if (isReady(pod)) {
          ready++;
        }
      }
    }
    boolean primaryReady = isReady(byOrdinal.get(topology.primaryOrdinal()));
    boolean allReady = ready == desired;
    String primaryName = names.instance(topology.primaryOrdinal());
    String progress = ready + " of " + desired + " instances ready";

    List<Condition> conditions = new ArrayList<>();
    ClusterPhase phase;
    if (!topology.replicationConfigured()) {
      String why = "instances: " + desired + " needs streaming replication, which this operator"
          + " version does not configure yet; only " + primaryName + " serves and the other"
          + " instances are detached (no Service routes to them). Set instances: 1.";
      conditions.add(Conditions.of(READY, false, "ReplicationUnsupported", why, generation, before, now));
      conditions.add(Conditions.of(RECONCILING, false, "ReplicationUnsupported", progress, generation, before, now));
      conditions.add(Conditions.of(STALLED, true, "ReplicationUnsupported", why, generation, before, now));
      conditions.add(Conditions.of(REPLICATION_HEALTHY, false, "ReplicationUnsupported", why, generation, before, now));
      phase = ClusterPhase.Stalled;
    } else {
      conditions.add(Conditions.of(READY, allReady, allReady ? "InstancesReady" : "InstancesNotReady",
          progress, generation, before, now));
      conditions.add(Conditions.of(RECONCILING, !allReady,
          allReady ? "Reconciled" : existing < desired ? "CreatingInstances" : "WaitingForInstances",
          progress, generation, before, now));
      conditions.add(Conditions.of(STALLED, false, "Progressing", "no blocking problem",
          generation, before, now));
      ClusterPhase was = previous == null ? null : previous.phase();
      phase = allReady ? ClusterPhase.Healthy
          : was == ClusterPhase.Healthy || was == ClusterPhase.Degraded
              ? ClusterPhase.Degraded : ClusterPhase.Provisioning;
    }
    conditions.add(Conditions.of(PRIMARY_AVAILABLE, primaryReady,
        primaryReady ? "PrimaryReady" : "PrimaryNotReady",
        primaryName + (primaryReady ? " is ready" : " is not ready"), generation, before, now));
    return new ClusterStatus(generation, desired, ready, primaryName, phase, List.copyOf(conditions));
  }

  /**
   * The status after a failed reconcile: the observed state of {@code status}, with
   * {@code Ready=False} and, while retries remain, {@code Reconciling=True}; once they are
   * exhausted {@code Stalled=True} (the operator waits for a change of the spec).
   *
   * @param error a one-line description of the failure, free of Secret data
   */
  public static ClusterStatus failed(
      Cluster cluster, ClusterStatus status, String error, boolean retriesExhausted, Instant now) {
    long generation = status.observedGeneration();
    List<Condition> before = cluster.getStatus() == null ? null : cluster.getStatus().conditions();
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Conditions.of(READY, false, "ReconcileError", error, generation, before, now));
    conditions.add(Conditions.of(RECONCILING, !retriesExhausted,
        retriesExhausted ? "RetriesExhausted" : "ReconcileError", error, generation, before, now));
    conditions.add(Conditions.of(STALLED, retriesExhausted,
        retriesExhausted ? "ReconcileFailed" : "Retrying", error, generation, before, now));
    status.conditions().stream()
        .filter(c -> !c.getType().equals(READY.type()) && !c.getType().equals(RECONCILING.type())
            && !c.getType().equals(STALLED.type()))
        .forEach(conditions::add);
    return new ClusterStatus(generation, status.instances(), status.readyInstances(),
        status.currentPrimary(), retriesExhausted ? ClusterPhase.Stalled : status.phase(),
        List.copyOf(conditions));
  }

  /** Whether the kubelet reports the Pod's {@code Ready} condition as True. */
  public static boolean isReady(Pod pod) {
    return pod != null && pod.getStatus() != null && pod.getStatus().getConditions() != null
        && pod.getMetadata().getDeletionTimestamp() == null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
