package dev.olifant.operator.cluster;

import dev.olifant.operator.model.ServiceRole;

/** The Service {@code <name>-r} routing to any serving instance. */
public class RServiceDependent extends ServiceDependent {

  public RServiceDependent() {
    super(ServiceRole.R);
  }
}
