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
 * The common type of COALESCE arguments compared with PostgreSQL 15 over pairs and triples of
 * types: {@code common-types.tsv} holds {@code t1;t2[;t3]} and the type
 * {@code pg_typeof(coalesce(null::t1, null::t2, ...))} reports, or the error.
 */
class CommonTypeReferenceTest {

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("common-types.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<PgType> types = new ArrayList<>();
                for (String t : f[0].split(";")) {
                    types.add(Types.byName(t));
                }
                String actual;
                try {
                    actual = TypeUnifier.commonType(types, "COALESCE").name();
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code() + ":" + e.getMessage();
                }
                checked++;
                if (!actual.equals(f[1])) {
                    mismatches.add(line + " -> " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(mismatches).isEmpty();
    }
}
