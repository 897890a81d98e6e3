package dev.olifant.crd.sql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.olifant.crd.common.ClusterReference;
import dev.olifant.crd.common.ReclaimPolicy;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

/** A database ({@code CREATE DATABASE}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.clusterRef == oldSelf.clusterRef", message = "clusterRef is immutable")
@ValidationRule(value = "self.name == oldSelf.name", message = "name is immutable")
public record DatabaseSpec(
    @Required ClusterReference clusterRef,
    @JsonPropertyDescription("retain (default) or delete: drop the database when this resource goes.")
    ReclaimPolicy reclaimPolicy,
    @Required @Pattern("^[a-z_][a-z0-9_]{0,62}$") @JsonPropertyDescription("Database name.")
    String name,
    @Required @JsonPropertyDescription("Owner role.") String owner,
    @JsonPropertyDescription("Encoding (default UTF8).") String encoding) {}
