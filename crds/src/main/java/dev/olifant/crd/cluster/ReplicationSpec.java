package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;

/** Streaming replication between the primary and the standbys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplicationSpec(
    @JsonPropertyDescription("async (default) or sync.") ReplicationMode mode,
    @Min(0) @JsonPropertyDescription("Standbys a commit waits for in sync mode.")
    Integer syncReplicas) {

  public ReplicationMode modeOrDefault() {
    return mode == null ? ReplicationMode.ASYNC : mode;
  }
}
