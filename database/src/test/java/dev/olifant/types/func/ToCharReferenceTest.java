package dev.olifant.types.func;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * to_char of timestamps and timestamptz (TimeZone America/New_York) over every supported
 * template pattern, compared with PostgreSQL 15: {@code to-char.tsv} holds {@code type, value,
 * template, result}. The zone abbreviation of a timestamptz before standard time zones existed
 * (PostgreSQL prints LMT) is not compared.
 */
class ToCharReferenceTest {
    private final TestContext ctx = new TestContext("America/New_York");

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("to-char.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[1].endsWith(" BC") && f[2].equalsIgnoreCase("TZ") && f[0].equals("timestamptz")) {
                    continue;
                }
                PgType type = Types.byName(f[0]);
                String actual;
                try {
                    Object value = TextIO.input(type, -1, f[1], ctx.settings(), null);
                    actual = (String) ctx.call("to_char", List.of(type, Types.TEXT), value, f[2]);
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code() + ":" + e.getMessage();
                }
                checked++;
                if (!actual.equals(f[3])) {
                    mismatches.add(line + " -> " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThan(800);
        assertThat(mismatches).isEmpty();
    }
}
