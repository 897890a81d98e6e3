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
 * Aggregates over sample row sets compared with PostgreSQL 15 (TimeZone America/New_York):
 * {@code aggregates.tsv} holds {@code aggregate, input type, input values (U+001F separated,
 * \N for null), result text | <NULL> | ERR:sqlstate:message}.
 */
class AggregateReferenceTest {
    private final TestContext ctx = new TestContext("America/New_York");

    @Test
    void matchesPostgres() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("aggregates.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String actual = evaluate(f[0], Types.byName(f[1]), f[2].split("\u001f", -1));
                checked++;
                if (!actual.equals(f[3])) {
                    mismatches.add(line.replace('\u001f', '|') + " -> " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(mismatches).isEmpty();
    }

    private String evaluate(String name, PgType type, String[] values) {
        try {
            ResolvedAggregate agg = Aggregates.resolve(name, List.of(type), false);
            AggregateState state = agg.newState().get();
            for (String v : values) {
                state.add(new Object[] {v.equals("\\N") ? null : TextIO.input(type, -1, v, ctx.settings(), null)},
                        ctx);
            }
            Object result = state.result(ctx);
            return result == null ? "<NULL>" : TextIO.output(agg.resultType(), result, ctx.settings(), null);
        } catch (PgException e) {
            return "ERR:" + e.state().code() + ":" + e.getMessage();
        }
    }
}
