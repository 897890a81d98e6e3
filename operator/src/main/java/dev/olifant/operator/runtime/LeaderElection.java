package dev.olifant.operator.runtime;

import static io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration.LEASE_DURATION_DEFAULT_VALUE;
import static io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration.RENEW_DEADLINE_DEFAULT_VALUE;
import static io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration.RETRY_PERIOD_DEFAULT_VALUE;

import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Leader election through a coordination.k8s.io Lease in the operator's namespace: with several
 * operator replicas, only the holder of the lease reconciles; the others wait to take over.
 * Enabled by {@code olifant.operator.leader-election.enabled} (the chart sets it); when disabled
 * the producer yields null, which the operator SDK reads as "no leader election".
 *
 * <p>Losing the lease while running means another replica may already reconcile, so the process
 * exits (Kubernetes restarts it as a follower). Giving the lease up because the process is
 * shutting down is not a loss: exiting from inside the shutdown would deadlock it.
 */
@ApplicationScoped
public class LeaderElection {

  private static final Logger LOG = Logger.getLogger(LeaderElection.class);

  @ConfigProperty(name = "olifant.operator.leader-election.enabled", defaultValue = "false")
  boolean enabled;

  @ConfigProperty(name = "olifant.operator.leader-election.lease-name",
      defaultValue = "olifant-operator-leader")
  String leaseName;

  private final AtomicBoolean shuttingDown = new AtomicBoolean();

  void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
    shuttingDown.set(true);
  }

  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection() {
    if (!enabled) {
      return null;
    }
    LeaderCallbacks callbacks = new LeaderCallbacks(
        () -> LOG.infof("leading: this replica holds lease %s", leaseName),
        this::stoppedLeading,
        leader -> LOG.infof("lease %s held by %s", leaseName, leader));
    return new LeaderElectionConfiguration(leaseName, null, LEASE_DURATION_DEFAULT_VALUE,
        RENEW_DEADLINE_DEFAULT_VALUE, RETRY_PERIOD_DEFAULT_VALUE, null, callbacks, false);
  }

  private void stoppedLeading() {
    if (!shuttingDown.get()) {
      LOG.errorf("lost lease %s; exiting so that this replica restarts as a follower", leaseName);
      Quarkus.asyncExit(1);
    }
  }
}
