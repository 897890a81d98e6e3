package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterStatus;
import dev.olifant.operator.model.ClusterStatusModel;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.AggregatedOperatorException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reconciles a {@code Cluster}. The workflow applies every dependent first (server-side apply,
 * skipped when the object already matches); {@link #reconcile} then derives the status from the
 * observed instance Pods and patches the status subresource only when it changed. The spec is
 * never written: the status patch carries only name, namespace and status.
 */
@Workflow(dependents = {
    @Dependent(name = ClusterReconciler.CONFIG, type = ConfigMapDependent.class),
    @Dependent(name = ClusterReconciler.SUPERUSER, type = SuperuserSecretDependent.class),
    @Dependent(name = "app-secret", type = AppSecretDependent.class,
        reconcilePrecondition = GeneratesAppSecret.class,
        useEventSourceWithName = ClusterReconciler.SUPERUSER),
    @Dependent(name = ClusterReconciler.SERVICE_RW, type = RwServiceDependent.class),
    @Dependent(name = "service-ro", type = RoServiceDependent.class,
        useEventSourceWithName = ClusterReconciler.SERVICE_RW),
    @Dependent(name = "service-r", type = RServiceDependent.class,
        useEventSourceWithName = ClusterReconciler.SERVICE_RW),
    @Dependent(name = ClusterReconciler.VOLUMES, type = InstanceVolumesDependent.class),
    @Dependent(name = "pods", type = InstancePodsDependent.class,
        dependsOn = {ClusterReconciler.CONFIG, ClusterReconciler.SUPERUSER, ClusterReconciler.VOLUMES}),
    @Dependent(name = "disruption-budget", type = DisruptionBudgetDependent.class),
})
@ControllerConfiguration(name = ClusterReconciler.NAME)
public class ClusterReconciler implements Reconciler<Cluster> {

  public static final String NAME = "cluster";
  static final String CONFIG = "config";
  static final String SUPERUSER = "superuser-secret";
  static final String SERVICE_RW = "service-rw";
  static final String VOLUMES = "volumes";

  private final Clock clock;

  public ClusterReconciler() {
    this(Clock.systemUTC());
  }

  ClusterReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpdateControl<Cluster> reconcile(Cluster cluster, Context<Cluster> context) {
    ClusterStatus before = cluster.getStatus();
    ClusterStatus after = ClusterStatusModel.compute(
        cluster, context.getSecondaryResources(Pod.class), Instant.now(clock));
    if (Objects.equals(before, after)) {
      return UpdateControl.noUpdate();
    }
    ClusterEvents.onStatusChange(context.getClient(), cluster, before, after);
    return UpdateControl.patchStatus(statusPatch(cluster, after));
  }

  /**
   * Makes a failed reconcile visible in the status (Ready=False, then Stalled=True once retries
   * are exhausted) instead of leaving the last good status in place. Only the exception's type
   * and the first line of its message are recorded: API server errors name objects and fields,
   * never Secret values.
   */
  @Override
  public ErrorStatusUpdateControl<Cluster> updateErrorStatus(
      Cluster cluster, Context<Cluster> context, Exception e) {
    boolean exhausted = context.getRetryInfo().map(RetryInfo::isLastAttempt).orElse(false);
    ClusterStatus observed = ClusterStatusModel.compute(
        cluster, context.getSecondaryResources(Pod.class), Instant.now(clock));
    ClusterStatus after = ClusterStatusModel.failed(
        cluster, observed, describe(e), exhausted, Instant.now(clock));
    if (Objects.equals(cluster.getStatus(), after)) {
      return ErrorStatusUpdateControl.noStatusUpdate();
    }
    ClusterEvents.onError(context.getClient(), cluster, cluster.getStatus(), after);
    return ErrorStatusUpdateControl.patchStatus(statusPatch(cluster, after));
  }

  /**
   * One line per failed dependent, {@code name: cause}, where the cause is the API server's own
   * status message when there is one (it names the object and field, never Secret values).
   */
  static String describe(Exception e) {
    String text;
    if (e instanceof AggregatedOperatorException aggregated
        && !aggregated.getAggregatedExceptions().isEmpty()) {
      text = aggregated.getAggregatedExceptions().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(entry -> entry.getKey() + ": " + cause(entry.getValue()))
          .collect(Collectors.joining("; "));
    } else {
      text = cause(e);
    }
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }

  private static String cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getStatus() != null
          && k.getStatus().getMessage() != null) {
        return firstLine(k.getStatus().getMessage());
      }
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
  }

  private static String firstLine(String message) {
    String stripped = message.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline);
  }

  private static Cluster statusPatch(Cluster cluster, ClusterStatus after) {
    Cluster patch = new Cluster();
    patch.setMetadata(new ObjectMetaBuilder()
        .withName(cluster.getMetadata().getName())
        .withNamespace(cluster.getMetadata().getNamespace())
        .build());
    patch.setStatus(after);
    return patch;
  }
}
