package dev.olifant.crd.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * The status of resources that only report conditions ({@code DatabaseRole}, {@code Database},
 * {@code Schema}): the generation last acted on and the kstatus conditions.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceStatus(Long observedGeneration, List<Condition> conditions) {}
