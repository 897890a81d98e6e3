package dev.olifant.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n", 3)).isEmpty();
    }

    @Test
    void changedLineIsShownWithContext() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.diff("exp", "act", expected, actual, 3)).isEqualTo("""
                --- exp
                +++ act
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
        }
        String b = a.toString().replaceFirst("\n2\n", "\ntwo\n").replace("\n19\n", "\n19\nextra\n");
        String diff = UnifiedDiff.diff("e", "a", a.toString(), b, 1);
        assertThat(diff).isEqualTo("""
                --- e
                +++ a
                @@ -1,3 +1,3 @@
                 1
                -2
                +two
                 3
                @@ -19,2 +19,3 @@
                 19
                +extra
                 20
                """);
    }

    @Test
    void insertionIntoEmptyAndDeletionToEmpty() {
        assertThat(UnifiedDiff.diff("e", "a", "", "x\n", 3)).isEqualTo("--- e\n+++ a\n@@ -0,0 +1 @@\n+x\n");
        assertThat(UnifiedDiff.diff("e", "a", "x\n", "", 3)).isEqualTo("--- e\n+++ a\n@@ -1 +0,0 @@\n-x\n");
    }

    @Test
    void missingFinalNewlineIsReported() {
        assertThat(UnifiedDiff.diff("e", "a", "x\n", "x", 3)).contains("final line terminator");
    }
}
