package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a commit waits for standbys. */
public enum ReplicationMode {
  /** Commits return after the primary's local flush; standbys follow asynchronously. */
  @JsonProperty("async")
  ASYNC,
  /** Commits wait for {@code syncReplicas} standbys to confirm (RPO 0 within that quorum). */
  @JsonProperty("sync")
  SYNC
}
