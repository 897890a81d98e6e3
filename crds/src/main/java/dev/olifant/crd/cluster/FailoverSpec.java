package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;

/** Automatic failover policy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FailoverSpec(
    @JsonPropertyDescription("Promote a standby when the primary is lost (default true).")
    Boolean enabled,
    @Min(0) @JsonPropertyDescription("Seconds the primary must be unavailable before failover.")
    Integer delaySeconds) {}
