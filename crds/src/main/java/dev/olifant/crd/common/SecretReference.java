package dev.olifant.crd.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** Names a Secret in the resource's own namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecretReference(@Required String name) {}
