package dev.olifant.operator.cluster;

import dev.olifant.crd.cluster.Cluster;
import dev.olifant.crd.cluster.ClusterStatus;
import dev.olifant.operator.model.ClusterStatusModel;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

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
    Cluster patch = new Cluster();
    patch.setMetadata(new ObjectMetaBuilder()
        .withName(cluster.getMetadata().getName())
        .withNamespace(cluster.getMetadata().getNamespace())
        .build());
    patch.setStatus(after);
    return UpdateControl.patchStatus(patch);
  }
}
