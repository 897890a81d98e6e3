package dev.olifant.e2e.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The chart {@code charts/olifant-operator}, rendered through helm-java (no helm binary). */
final class OperatorChart {

  static final Path ROOT =
      Path.of(System.getProperty("olifant.root", "..")).toAbsolutePath().normalize();
  static final Path DIR = ROOT.resolve("charts/olifant-operator");
  static final String RELEASE = "olifant-operator";
  static final String NAMESPACE = "olifant-system";
  static final String SERVICE_ACCOUNT = "system:serviceaccount:" + NAMESPACE + ":" + RELEASE;

  private OperatorChart() {}

  static LintResult lint() {
    return new Helm(DIR).lint().strict().call();
  }

  /** Renders the templates (not the CRDs) with the chart's defaults plus {@code valuesYaml}. */
  static String render(String valuesYaml) throws IOException {
    TemplateCommand template = new Helm(DIR).template().withName(RELEASE).withNamespace(NAMESPACE);
    if (valuesYaml != null) {
      Path values = Files.createTempFile("values", ".yaml");
      Files.writeString(values, valuesYaml);
      template = template.withValuesFile(values);
    }
    return template.call();
  }

  /** Parses rendered YAML into objects, without contacting any server. */
  static List<HasMetadata> parse(String yaml) {
    try (KubernetesClient offline = new KubernetesClientBuilder().build()) {
      return offline.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).items();
    }
  }

  /** The chart's CRD files, in name order. */
  static List<Path> crdFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR.resolve("crds"))) {
      return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends HasMetadata> T only(List<HasMetadata> objects, Class<T> kind, String name) {
    return (T) objects.stream()
        .filter(o -> kind.isInstance(o) && o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
  }
}
