package dev.olifant.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The differences a golden file tolerates between PostgreSQL 15 and Olifant, read from the
 * optional sidecar {@code NAME.differences} next to {@code NAME.sql}, and applied to both the
 * expected and the actual output before they are compared.
 *
 * <p>The file is a list of rules. Each rule is one or more reason lines starting with {@code #},
 * then a line holding a Java regular expression (compiled with {@link Pattern#MULTILINE}, so
 * {@code ^} and {@code $} match at line ends), then the line holding its replacement in
 * {@link Matcher#replaceAll(String)} syntax ({@code $1} for a group, {@code \$} for a dollar
 * sign); the replacement line is taken as it is, even when empty. Blank lines between rules are
 * ignored. A rule without a reason is an error: every tolerated difference must say why it is
 * one.
 */
record Differences(Path source, List<Rule> rules) {

    /** One substitution with the reason it is tolerated. */
    record Rule(String reason, Pattern pattern, String replacement) {

        /** Applies the rule to {@code text}; the count is the number of replaced matches. */
        Substituted apply(String text) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            int count = 0;
            while (matcher.find()) {
                matcher.appendReplacement(out, replacement);
                count++;
            }
            matcher.appendTail(out);
            return new Substituted(out.toString(), count);
        }
    }

    /** A text after substitution and how many matches were replaced. */
    record Substituted(String text, int count) {
    }

    /** No sidecar file: nothing is substituted. */
    static final Differences NONE = new Differences(null, List.of());

    /** Reads {@code NAME.differences} next to {@code NAME.sql}, or {@link #NONE} if there is none. */
    static Differences forTest(Path sqlDir, String name) throws IOException {
        Path file = sqlDir.resolve(name + ".differences");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        return new Differences(file, parse(file.getFileName().toString(),
                Files.readAllLines(file, StandardCharsets.UTF_8)));
    }

    static List<Rule> parse(String fileName, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                reason.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank() && reason.isEmpty()) {
                continue;
            }
            if (reason.isEmpty() || String.join("", reason).isBlank()) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1)
                        + ": a rule needs a reason: one or more '# ...' lines before its regular expression");
            }
            if (i + 1 >= lines.size()) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1)
                        + ": the regular expression has no replacement line after it");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(line, Pattern.MULTILINE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": " + e.getDescription(), e);
            }
            rules.add(new Rule(String.join(" ", reason), pattern, lines.get(i + 1)));
            reason.clear();
            i++;
        }
        if (!reason.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": the last reason has no rule after it");
        }
        return List.copyOf(rules);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Both outputs after every rule, with one report line per rule. */
    record Applied(String expected, String actual, List<String> report, List<String> unused) {
    }

    /**
     * Applies the rules in order to both outputs. A rule that matched in neither is listed in
     * {@link Applied#unused()}: it no longer describes a difference and should go.
     */
    Applied apply(String expected, String actual) {
        List<String> report = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Substituted e = rule.apply(expected);
            Substituted a = rule.apply(actual);
            expected = e.text();
            actual = a.text();
            String label = "rule " + (i + 1) + " (" + rule.reason() + ")";
            report.add(label + ": " + e.count() + " substitution(s) in the expected output, "
                    + a.count() + " in the actual output");
            if (e.count() == 0 && a.count() == 0) {
                unused.add(label);
            }
        }
        return new Applied(expected, actual, report, unused);
    }
}
