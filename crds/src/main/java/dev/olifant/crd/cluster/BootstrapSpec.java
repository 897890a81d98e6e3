package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.olifant.crd.common.SecretReference;
import io.fabric8.generator.annotation.Pattern;

/**
 * What a new cluster is initialised with: an application database owned by an application role
 * whose credentials come from {@code credentials} (a Secret with {@code username} and
 * {@code password}) or, when absent, from a Secret the operator generates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootstrapSpec(
    @Pattern("^[a-z_][a-z0-9_]{0,62}$") @JsonPropertyDescription("Initial database (default app).")
    String database,
    @Pattern("^[a-z_][a-z0-9_]{0,62}$") @JsonPropertyDescription("Its owner role (default app).")
    String owner,
    @JsonPropertyDescription("Secret holding the owner's username and password.")
    SecretReference credentials) {}
