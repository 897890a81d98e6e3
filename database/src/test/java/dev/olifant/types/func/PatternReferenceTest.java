package dev.olifant.types.func;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LIKE / ILIKE, regular expression matching and regexp_replace over a grid of strings and
 * patterns, compared with PostgreSQL 15: {@code patterns.tsv} holds {@code operator, text,
 * pattern, result} with backslash, newline and tab escaped.
 */
class PatternReferenceTest {
    private final TestContext ctx = new TestContext();

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                out.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("patterns.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String text = unescape(f[1]);
                String pattern = unescape(f[2]);
                String expected = unescape(f[3]);
                String actual;
                try {
                    if (f[0].equals("regexp_replace")) {
                        actual = (String) ctx.call("regexp_replace", List.of(Types.TEXT, Types.TEXT, Types.TEXT,
                                Types.TEXT), text, pattern, "<\\&>", "g");
                    } else {
                        actual = String.valueOf(ctx.op(f[0], Types.TEXT, Types.TEXT, text, pattern));
                    }
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code() + ":" + e.getMessage();
                }
                checked++;
                if (!actual.equals(expected)) {
                    mismatches.add(line + " -> " + actual.replace("\n", "\\n"));
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(mismatches).isEmpty();
    }
}
