package dev.olifant.crd.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * Names the {@code Cluster}, in the same namespace, that a resource belongs to. The field that
 * holds it is immutable (a CEL transition rule on the field): moving an object from one cluster to
 * another is a delete and a create, never an update.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterReference(
    @Required @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$") String name) {}
