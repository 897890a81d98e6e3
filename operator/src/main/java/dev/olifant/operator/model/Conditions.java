package dev.olifant.operator.model;

import dev.olifant.crd.common.ConditionType;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Builds conditions with the Kubernetes convention that {@code lastTransitionTime} changes only
 * when {@code status} changes: a condition that keeps its status keeps its previous timestamp, so
 * recomputing the same state yields an equal status object and no write.
 */
public final class Conditions {

  private Conditions() {}

  public static Condition of(
      ConditionType type, boolean status, String reason, String message, long generation,
      List<Condition> previous, Instant now) {
    String value = status ? "True" : "False";
    String transition = previous == null ? null : previous.stream()
        .filter(c -> type.type().equals(c.getType()) && value.equals(c.getStatus()))
        .map(Condition::getLastTransitionTime)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
    return new ConditionBuilder()
        .withType(type.type())
        .withStatus(value)
        .withReason(reason)
        .withMessage(message)
        .withObservedGeneration(generation)
        .withLastTransitionTime(transition != null ? transition : now.toString())
        .build();
  }

  /** The condition of {@code type} in {@code conditions}, or null. */
  public static Condition find(List<Condition> conditions, ConditionType type) {
    return conditions == null ? null : conditions.stream()
        .filter(c -> type.type().equals(c.getType())).findFirst().orElse(null);
  }
}
