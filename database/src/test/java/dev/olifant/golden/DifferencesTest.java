package dev.olifant.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifferencesTest {

    @Test
    void rulesAreReadWithTheirReasons() {
        List<Differences.Rule> rules = Differences.parse("x.differences", List.of(
                "# sizes are counted",
                "# in pages",
                "\\|\\d+ (bytes|kB)\\|",
                "|<size>|",
                "",
                "# empty replacement",
                "^noise$",
                ""));
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).reason()).isEqualTo("sizes are counted in pages");
        assertThat(rules.get(0).replacement()).isEqualTo("|<size>|");
        assertThat(rules.get(1).replacement()).isEmpty();
    }

    @Test
    void ruleWithoutReasonIsRejected() {
        assertThatThrownBy(() -> Differences.parse("x.differences", List.of("a+", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.differences:1: a rule needs a reason");
    }

    @Test
    void regexWithoutReplacementIsRejected() {
        assertThatThrownBy(() -> Differences.parse("x.differences", List.of("# why", "a+")))
                .hasMessageContaining("no replacement line");
    }

    @Test
    void invalidRegexIsReportedWithItsLine() {
        assertThatThrownBy(() -> Differences.parse("x.differences", List.of("# why", "(a", "b")))
                .hasMessageContaining("x.differences:2:");
    }

    @Test
    void bothOutputsAreSubstitutedAndCounted() {
        Differences differences = new Differences(null, Differences.parse("x.differences", List.of(
                "# sizes differ", "\\|\\d+ (bytes|kB)\\|", "|<size>|",
                "# never matches", "^zzz$", "")));
        Differences.Applied applied = differences.apply(
                "t|8192 bytes|d\nu|16 kB|\n", "t|0 bytes|d\nu|48 bytes|\n");
        assertThat(applied.expected()).isEqualTo("t|<size>|d\nu|<size>|\n");
        assertThat(applied.actual()).isEqualTo(applied.expected());
        assertThat(applied.report().get(0))
                .isEqualTo("rule 1 (sizes differ): 2 substitution(s) in the expected output, 2 in the actual output");
        assertThat(applied.unused()).containsExactly("rule 2 (never matches)");
    }

    @Test
    void groupsCanBeReferenced() {
        Differences.Rule rule = Differences.parse("x", List.of("# why", "(\\w+)=\\d+", "$1=N")).get(0);
        assertThat(rule.apply("a=1 b=22")).isEqualTo(new Differences.Substituted("a=N b=N", 2));
    }

    @Test
    void missingSidecarMeansNoRules(@TempDir Path dir) throws Exception {
        assertThat(Differences.forTest(dir, "none").isEmpty()).isTrue();
        Files.writeString(dir.resolve("some.differences"), "# why\nx\ny\n");
        assertThat(Differences.forTest(dir, "some").rules()).hasSize(1);
    }
}
