package dev.olifant.crd.sql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.olifant.crd.common.ClusterReference;
import dev.olifant.crd.common.ReclaimPolicy;
import dev.olifant.crd.common.SecretReference;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** A role ({@code CREATE ROLE}) and its attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.clusterRef == oldSelf.clusterRef", message = "clusterRef is immutable")
public record DatabaseRoleSpec(
    @Required ClusterReference clusterRef,
    @JsonPropertyDescription("retain (default) or delete: drop the role when this resource goes.")
    ReclaimPolicy reclaimPolicy,
    @Required @Pattern("^[a-z_][a-z0-9_]{0,62}$") @JsonPropertyDescription("Role name.")
    String name,
    Boolean login,
    Boolean superuser,
    Boolean createdb,
    Boolean createrole,
    Boolean inherit,
    Boolean replication,
    @Min(-1) @JsonPropertyDescription("CONNECTION LIMIT; -1 (default) means none.")
    Integer connectionLimit,
    @JsonPropertyDescription("Secret with the role's password under the key 'password'.")
    SecretReference passwordSecret,
    @JsonPropertyDescription("Roles this role is a member of.")
    List<String> inRoles) {}
