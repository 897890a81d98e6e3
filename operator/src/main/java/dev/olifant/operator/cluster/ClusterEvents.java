package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterPhase;
import dev.olifant.crd.cluster.ClusterStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events (core/v1) on a Cluster for what a user wants to see in
 * {@code kubectl describe}: phase changes and changes of the instance count. Events are
 * best-effort: failing to record one never fails a reconcile.
 */
final class ClusterEvents {

  private static final Logger LOG = Logger.getLogger(ClusterEvents.class);

  private ClusterEvents() {}

  static void onStatusChange(
      KubernetesClient client, Cluster cluster, ClusterStatus before, ClusterStatus after) {
    Integer wasInstances = before == null ? null : before.instances();
    if (wasInstances != null && !wasInstances.equals(after.instances())) {
      record(client, cluster, "Normal", "Scaling",
          "Scaling from " + wasInstances + " to " + after.instances() + " instances");
    }
    ClusterPhase was = before == null ? null : before.phase();
    if (!Objects.equals(was, after.phase())) {
      String type = after.phase() == ClusterPhase.Healthy || after.phase() == ClusterPhase.Provisioning
          ? "Normal" : "Warning";
      record(client, cluster, type, "Phase" + after.phase(),
          (was == null ? "Phase " : "Phase " + was + " -> ") + after.phase()
              + " (" + after.readyInstances() + "/" + after.instances() + " ready)");
    }
  }

  /** A Warning when a reconcile starts failing and when it gives up, not on every retry. */
  static void onError(
      KubernetesClient client, Cluster cluster, ClusterStatus before, ClusterStatus after) {
    boolean gaveUp = after.phase() == ClusterPhase.Stalled;
    String type = gaveUp ? "Stalled" : "Ready";
    String reason = gaveUp ? "ReconcileFailed" : "ReconcileError";
    if (!reason.equals(reasonOf(before, type))) {
      record(client, cluster, "Warning", reason, String.valueOf(messageOf(after, type)));
    }
  }

  private static String reasonOf(ClusterStatus status, String type) {
    Condition condition = find(status, type);
    return condition == null ? null : condition.getReason();
  }

  private static String messageOf(ClusterStatus status, String type) {
    Condition condition = find(status, type);
    return condition == null ? null : condition.getMessage();
  }

  private static Condition find(ClusterStatus status, String type) {
    return status == null || status.conditions() == null ? null : status.conditions().stream()
        .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  private static void record(
      KubernetesClient client, Cluster cluster, String type, String reason, String message) {
    String now = Instant.now().toString();
    Event event = new EventBuilder()
        .withNewMetadata()
            .withGenerateName(cluster.getMetadata().getName() + ".")
            .withNamespace(cluster.getMetadata().getNamespace())
        .endMetadata()
        .withNewInvolvedObject()
            .withApiVersion(cluster.getApiVersion())
            .withKind(cluster.getKind())
            .withName(cluster.getMetadata().getName())
            .withNamespace(cluster.getMetadata().getNamespace())
            .withUid(cluster.getMetadata().getUid())
            .withResourceVersion(cluster.getMetadata().getResourceVersion())
        .endInvolvedObject()
        .withType(type)
        .withReason(reason)
        .withMessage(message)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withCount(1)
        .withNewSource().withComponent("olifant-operator").endSource()
        .build();
    try {
      client.v1().events().inNamespace(cluster.getMetadata().getNamespace()).resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.warnf("could not record event %s on %s/%s: %s", reason,
          cluster.getMetadata().getNamespace(), cluster.getMetadata().getName(), e.getMessage());
    }
  }
}
