package dev.olifant.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/olifant-operator.yaml}, the single file {@code kubectl apply -f} installs, is the
 * operator's namespace, the chart's CRDs and the chart rendered with its default values, in that
 * order. Run with {@code -Dolifant.regenerate=true} to rewrite it after changing the chart.
 */
class BundleTest {

  static final Path BUNDLE = OperatorChart.ROOT.resolve("deploy/olifant-operator.yaml");

  static String generate() throws IOException {
    StringBuilder bundle = new StringBuilder()
        .append("# Olifant operator: namespace, CRDs, RBAC, ServiceAccount and Deployment.\n")
        .append("# Generated from charts/olifant-operator with its default values; do not edit.\n")
        .append("# Install: kubectl apply --server-side -f deploy/olifant-operator.yaml\n")
        .append("---\n")
        .append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ")
        .append(OperatorChart.NAMESPACE).append('\n');
    for (Path crd : OperatorChart.crdFiles()) {
      bundle.append("---\n").append(Files.readString(crd).strip()).append('\n');
    }
    String rendered = OperatorChart.render(null).strip();
    if (!rendered.startsWith("---")) {
      bundle.append("---\n");
    }
    return bundle.append(rendered).append('\n').toString();
  }

  @Test
  void bundleMatchesTheChart() throws IOException {
    String generated = generate();
    if (Boolean.parseBoolean(System.getProperty("olifant.regenerate"))) {
      Files.createDirectories(BUNDLE.getParent());
      Files.writeString(BUNDLE, generated);
    }
    assertThat(BUNDLE).as("regenerate with -Dolifant.regenerate=true").exists();
    assertThat(Files.readString(BUNDLE))
        .as("%s drifted from the chart (regenerate with -Dolifant.regenerate=true)", BUNDLE)
        .isEqualTo(generated);
    assertThat(OperatorChart.parse(generated))
        .extracting(o -> o.getKind())
        .startsWith("Namespace", "CustomResourceDefinition")
        .contains("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Deployment");
  }
}
