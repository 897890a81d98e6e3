package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * The observed state of a {@code Cluster}, written only by the operator through the status
 * subresource.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterStatus(
    Long observedGeneration,
    Integer instances,
    Integer readyInstances,
    String currentPrimary,
    ClusterPhase phase,
    List<Condition> conditions) {}
