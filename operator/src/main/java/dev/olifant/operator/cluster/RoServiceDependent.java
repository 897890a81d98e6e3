package dev.olifant.operator.cluster;

import dev.olifant.operator.model.ServiceRole;

/** The Service {@code <name>-ro} routing to the standbys. */
public class RoServiceDependent extends ServiceDependent {

  public RoServiceDependent() {
    super(ServiceRole.RO);
  }
}
