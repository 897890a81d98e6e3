package dev.olifant.operator.runtime;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leader election through a coordination.k8s.io Lease in the operator's namespace: with several
 * operator replicas, only the holder of the lease reconciles; the others wait to take over.
 * Enabled by {@code olifant.operator.leader-election.enabled} (the chart sets it); when disabled
 * the producer yields null, which the operator SDK reads as "no leader election".
 */
@ApplicationScoped
public class LeaderElection {

  @ConfigProperty(name = "olifant.operator.leader-election.enabled", defaultValue = "false")
  boolean enabled;

  @ConfigProperty(name = "olifant.operator.leader-election.lease-name",
      defaultValue = "olifant-operator-leader")
  String leaseName;

  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection() {
    return enabled ? new LeaderElectionConfiguration(leaseName) : null;
  }
}
