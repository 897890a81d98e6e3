package dev.olifant.crd.switchover;

/** Progress of a switchover; {@code Succeeded} and {@code Failed} are final. */
public enum SwitchoverPhase {
  Pending,
  Running,
  Succeeded,
  Failed
}
