package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random intervals and timestamps printed in every style, against PostgreSQL 15's output
 * ({@code datetime-output.tsv}); each printed form must also read back as the same value.
 */
class DateTimeOutputReferenceTest {
    private static final Instant HISTORICAL = Instant.parse("1990-01-01T00:00:00Z");

    @Test
    void matchesPostgres() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (var r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("datetime-output.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                count++;
                String actual;
                Object value;
                PgType type;
                FormatSettings fs;
                if (f[0].equals("interval")) {
                    String[] parts = f[2].split(" ");
                    value = new Interval(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                    type = Types.INTERVAL;
                    fs = ReferenceCases.settings("intervalstyle=" + f[1]);
                } else {
                    String[] parts = f[1].split("\\|");
                    fs = ReferenceCases.settings("timezone=" + parts[0] + ";datestyle=" + parts[1]);
                    long us = Long.parseLong(f[2]);
                    value = Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000);
                    type = Types.TIMESTAMPTZ;
                }
                actual = TextIO.output(type, value, fs, null);
                boolean abbreviated = type == Types.TIMESTAMPTZ && fs.dateStyle() != FormatSettings.DateStyle.ISO;
                if (abbreviated && ((Instant) value).isBefore(HISTORICAL) && !actual.equals(f[3])) {
                    // The tz database's historical abbreviations (EWT, AEST for Lord Howe, ...) are
                    // not in Java's zone rules; only the abbreviation may differ.
                    assertThat(actual.substring(0, 20)).isEqualTo(f[3].substring(0, 20));
                    continue;
                }
                if (!actual.equals(f[3])) {
                    mismatches.add(line + " -> " + actual);
                    continue;
                }
                if (abbreviated) {
                    continue; // abbreviations read back with their "Default" set meaning (IST = +02)
                }
                Object back = TextIO.input(type, -1, actual, fs, null);
                if (!ValueOps.equal(type, value, back)) {
                    mismatches.add(line + " reads back as " + back);
                }
            }
        }
        assertThat(count).isGreaterThan(2000);
        assertThat(mismatches).isEmpty();
    }

}
