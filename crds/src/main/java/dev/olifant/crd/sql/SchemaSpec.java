package dev.olifant.crd.sql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.olifant.crd.common.ClusterReference;
import dev.olifant.crd.common.ReclaimPolicy;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

/** A schema ({@code CREATE SCHEMA}) inside one database of the cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.clusterRef == oldSelf.clusterRef", message = "clusterRef is immutable")
@ValidationRule(value = "self.database == oldSelf.database", message = "database is immutable")
public record SchemaSpec(
    @Required ClusterReference clusterRef,
    @JsonPropertyDescription("retain (default) or delete: drop the schema when this resource goes.")
    ReclaimPolicy reclaimPolicy,
    @Required @JsonPropertyDescription("Database the schema lives in.")
    String database,
    @Required @Pattern("^[a-z_][a-z0-9_]{0,62}$") @JsonPropertyDescription("Schema name.")
    String name,
    @JsonPropertyDescription("Owner role (default: the database owner).") String owner) {}
