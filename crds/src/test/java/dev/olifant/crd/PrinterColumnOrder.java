package dev.olifant.crd;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The crd-generator sorts printer columns by name; {@code kubectl get} shows them in CRD order.
 * This post-processor restores the order in which the kind declares its
 * {@link AdditionalPrinterColumn}s (so that {@code Age} stays last, as kubectl users expect).
 */
final class PrinterColumnOrder implements CRDPostProcessor {

  @Override
  public HasMetadata process(HasMetadata crd, String crdSpecVersion) {
    if (!(crd instanceof CustomResourceDefinition definition)) {
      return crd;
    }
    String kind = definition.getSpec().getNames().getKind();
    Class<? extends HasMetadata> type = OlifantResources.KINDS.stream()
        .filter(k -> k.getSimpleName().equals(kind)).findFirst().orElseThrow();
    List<String> declared = Arrays.stream(type.getAnnotationsByType(AdditionalPrinterColumn.class))
        .map(AdditionalPrinterColumn::name).toList();
    for (CustomResourceDefinitionVersion version : definition.getSpec().getVersions()) {
      List<CustomResourceColumnDefinition> columns = version.getAdditionalPrinterColumns();
      if (columns != null) {
        version.setAdditionalPrinterColumns(columns.stream()
            .sorted(Comparator.comparingInt(c -> declared.indexOf(c.getName())))
            .toList());
      }
    }
    return crd;
  }
}
