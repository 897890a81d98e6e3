package dev.olifant.types.func;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import dev.olifant.types.Types;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * to_char of numerics over a grid of values and number templates, compared with PostgreSQL 15:
 * {@code number-format.tsv} holds {@code value, template, result}.
 */
class NumberFormatReferenceTest {
    private final TestContext ctx = new TestContext();

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("number-format.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String actual;
                try {
                    actual = (String) ctx.call("to_char", List.of(Types.NUMERIC, Types.TEXT), new BigDecimal(f[0]), f[1]);
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code() + ":" + e.getMessage();
                }
                checked++;
                if (!actual.equals(f[2])) {
                    mismatches.add(line + " -> [" + actual + "]");
                }
            }
        }
        assertThat(checked).isGreaterThan(400);
        assertThat(mismatches).isEmpty();
    }
}
