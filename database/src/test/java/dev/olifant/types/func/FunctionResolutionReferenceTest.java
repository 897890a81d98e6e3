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
 * Function and aggregate resolution over a grid of names and argument types, compared with
 * PostgreSQL 15: {@code function-resolution.csv} holds {@code name(t1;t2)|result} where result
 * is the type {@code pg_typeof(name(null::t1, null::t2))} reports, or the SQLSTATE of the error;
 * {@code agg:} marks an aggregate call and {@code unknown} an untyped NULL. {@code age(unknown)}
 * and {@code trunc(unknown)} are skipped: PostgreSQL finds them ambiguous only because of
 * age(xid), which the engine provides, and trunc(macaddr), a type Olifant does not have.
 */
class FunctionResolutionReferenceTest {

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("function-resolution.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.lastIndexOf('|');
                String call = line.substring(0, bar);
                String expected = line.substring(bar + 1);
                if (call.equals("age(unknown)") || call.equals("trunc(unknown)")) {
                    continue;
                }
                boolean aggregate = call.startsWith("agg:");
                String c = aggregate ? call.substring(4) : call;
                String name = c.substring(0, c.indexOf('('));
                List<PgType> args = new ArrayList<>();
                for (String t : c.substring(c.indexOf('(') + 1, c.length() - 1).split(";")) {
                    args.add(Types.byName(t));
                }
                String actual;
                try {
                    actual = aggregate ? Aggregates.resolve(name, args, false).resultType().name()
                            : Functions.resolve(name, args).resultType().name();
                } catch (PgException e) {
                    actual = "ERR:" + e.state().code();
                }
                checked++;
                if (!actual.equals(expected)) {
                    mismatches.add(line + " -> " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThan(9000);
        assertThat(mismatches).isEmpty();
    }
}
