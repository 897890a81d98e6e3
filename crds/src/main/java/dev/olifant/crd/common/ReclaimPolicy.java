package dev.olifant.crd.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to the SQL object in the database when its custom resource is deleted. */
public enum ReclaimPolicy {
  /** The object stays in the database; only the custom resource goes. */
  @JsonProperty("retain")
  RETAIN,
  /** The object is dropped from the database before the custom resource goes. */
  @JsonProperty("delete")
  DELETE
}
