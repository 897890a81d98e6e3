package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/**
 * The Services {@code <name>-rw} (primary), {@code <name>-ro} (standbys) and {@code <name>-r}
 * (any serving instance).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServicesSpec(
    @JsonPropertyDescription("Service type of all three services (default ClusterIP).")
    ServiceType type,
    @JsonPropertyDescription("Annotations added to all three services.")
    Map<String, String> annotations) {}
