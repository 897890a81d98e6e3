package dev.olifant.crd.switchover;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/** What happened: from which primary to which, and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SwitchoverStatus(
    Long observedGeneration,
    SwitchoverPhase phase,
    String fromInstance,
    String toInstance,
    String startedAt,
    String completedAt,
    List<Condition> conditions) {}
