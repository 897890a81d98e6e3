package dev.olifant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point downward only: a package may use the packages listed after it, never those
 * before it (docs/ARCHITECTURE.md, "Layers").
 */
class LayeringTest {
    /** Top to bottom. */
    static final List<String> LAYERS = List.of(
            "server", "wire", "auth", "session", "commands", "sql.analyze", "exec", "plpgsql", "sql.parser", "sql.ast",
            "catalog", "lock", "txn", "storage", "wal", "replication", "types", "error");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.olifant");
    }

    @Test
    void lowerLayersDoNotDependOnHigherOnes() {
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] higher = LAYERS.subList(0, i).stream().map(p -> "dev.olifant." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.olifant." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
