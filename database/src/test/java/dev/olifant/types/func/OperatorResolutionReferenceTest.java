package dev.olifant.types.func;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operator resolution over a grid of operators and argument types, compared with what
 * PostgreSQL 15 resolves: {@code operator-resolution.csv} holds, for each
 * {@code left,op,right}, the result type of {@code pg_typeof(null::left op null::right)} or the
 * SQLSTATE of the error (an empty left is a prefix operator; {@code unknown} is an untyped NULL).
 * Rows PostgreSQL resolves to types this package has no operators for (jsonb) are skipped, and
 * so are {@code unknown @> x} and {@code unknown && x}, which PostgreSQL finds ambiguous only
 * because of its range, geometric, jsonb and tsquery variants of these operators.
 */
class OperatorResolutionReferenceTest {

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("operator-resolution.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String expected = f[3];
                boolean otherFamilies = f[0].equals("unknown") && (f[1].equals("@>") || f[1].equals("&&"));
                if (expected.equals("jsonb") || otherFamilies) {
                    continue;
                }
                PgType left = f[0].isEmpty() ? null : Types.byName(f[0]);
                PgType right = Types.byName(f[2]);
                String actual;
                try {
                    actual = Operators.resolve(f[1], left, right).resultType().name();
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code();
                }
                checked++;
                if (!actual.equals(expected)) {
                    mismatches.add(line + " -> " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThan(7500);
        assertThat(mismatches).isEmpty();
    }
}
