package dev.olifant.crd;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.crdv2.generator.CRDGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRD YAML committed under {@code crds/generated/} and the chart's {@code crds/} must be
 * exactly what the crd-generator makes of the Java model. Run with {@code -Dolifant.regenerate=true}
 * to rewrite both copies after changing the model.
 */
class CrdDriftTest {

  static final Path ROOT = Path.of(System.getProperty("olifant.root", "..")).toAbsolutePath();
  static final List<Path> COPIES =
      List.of(ROOT.resolve("crds/generated"), ROOT.resolve("charts/olifant-operator/crds"));

  @Test
  void committedCrdsMatchTheModel(@TempDir Path tmp) throws IOException {
    new CRDGenerator()
        .customResourceClasses(OlifantResources.KINDS)
        .forCRDVersions("v1")
        .withParallelGenerationEnabled(false)
        .withPostProcessor(new PrinterColumnOrder())
        .inOutputDir(tmp.toFile())
        .generate();
    List<Path> generated = list(tmp);
    assertThat(generated).hasSize(OlifantResources.KINDS.size());

    boolean regenerate = Boolean.parseBoolean(System.getProperty("olifant.regenerate"));
    for (Path copy : COPIES) {
      if (regenerate) {
        Files.createDirectories(copy);
        for (Path stale : list(copy)) {
          Files.delete(stale);
        }
        for (Path file : generated) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
      assertThat(list(copy).stream().map(p -> p.getFileName().toString()))
          .as("CRD files in %s (regenerate with -Dolifant.regenerate=true)", copy)
          .containsExactlyElementsOf(generated.stream().map(p -> p.getFileName().toString()).toList());
      for (Path file : generated) {
        assertThat(Files.readString(copy.resolve(file.getFileName())))
            .as("%s drifted from the model (regenerate with -Dolifant.regenerate=true)",
                copy.resolve(file.getFileName()))
            .isEqualTo(Files.readString(file));
      }
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted().toList();
    }
  }
}
