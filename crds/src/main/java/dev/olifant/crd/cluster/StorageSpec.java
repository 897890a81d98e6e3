package dev.olifant.crd.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * Each instance's PersistentVolumeClaim. The storage class is immutable once the cluster exists
 * (a PVC cannot move to another class), including going from "default class" to a named one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "has(self.storageClass) == has(oldSelf.storageClass)"
        + " && (!has(self.storageClass) || self.storageClass == oldSelf.storageClass)",
    message = "storage.storageClass is immutable")
public record StorageSpec(
    @Required @Pattern("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
    @JsonPropertyDescription("Size of each instance's volume, e.g. 10Gi.")
    String size,
    @JsonPropertyDescription("StorageClass of the volumes; the cluster default when absent.")
    String storageClass) {}
