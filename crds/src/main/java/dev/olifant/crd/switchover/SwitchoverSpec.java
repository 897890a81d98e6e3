package dev.olifant.crd.switchover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.olifant.crd.common.ClusterReference;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

/** Which cluster switches over, and to which instance (a Pod name of that cluster). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self == oldSelf", message = "a Switchover's spec is immutable")
public record SwitchoverSpec(
    @Required ClusterReference clusterRef,
    @Required @JsonPropertyDescription("Instance to promote, e.g. mycluster-2.")
    String targetInstance) {}
