package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * The desired state of a {@code Cluster}. Only {@code instances} and {@code storage} are
 * required; everything else has a default applied by the operator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "!has(self.replication) || !has(self.replication.syncReplicas)"
        + " || self.replication.syncReplicas < self.instances",
    message = "replication.syncReplicas must be smaller than instances")
public record ClusterSpec(
    @Required @Min(1) @Max(9)
    @JsonPropertyDescription("Number of instances: one primary, the others standbys.")
    Integer instances,
    @JsonPropertyDescription("Database image; defaults to the operator's configured image.")
    String image,
    @Required StorageSpec storage,
    @JsonPropertyDescription("CPU and memory for each instance's database container.")
    ResourceRequirements resources,
    @JsonPropertyDescription("Server parameters (PostgreSQL names, e.g. max_connections).")
    Map<String, String> parameters,
    ReplicationSpec replication,
    FailoverSpec failover,
    ServicesSpec services,
    BootstrapSpec bootstrap) {}
