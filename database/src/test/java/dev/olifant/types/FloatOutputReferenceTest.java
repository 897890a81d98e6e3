package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * float4/float8 output for random bit patterns and decimal values at extra_float_digits 1, 0
 * and -4, against PostgreSQL 15's output ({@code float-output.tsv}).
 */
class FloatOutputReferenceTest {

    @Test
    void matchesPostgres() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (var r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("float-output.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int efd = Integer.parseInt(f[0]);
                FormatSettings fs = new FormatSettings(FormatSettings.DateStyle.ISO, FormatSettings.DateOrder.MDY,
                        FormatSettings.IntervalStyle.POSTGRES, ZoneId.of("UTC"), efd, true);
                PgType type = Types.byName(f[1]);
                String out = TextIO.output(type, TextIO.input(type, -1, f[2], fs, null), fs, null);
                count++;
                if (!out.equals(f[3])) {
                    mismatches.add(line + " -> " + out);
                }
            }
        }
        assertThat(count).isGreaterThan(2000);
        assertThat(mismatches).isEmpty();
    }
}
