package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Text input, typmod coercion and output of every case in {@code text-io.tsv}, whose expected
 * output or error (SQLSTATE, message, detail) was produced by PostgreSQL 15 for
 * {@code SELECT 'input'::type}; each successful value must also survive a binary round trip.
 */
class TextIOReferenceTest {

    @TestFactory
    Stream<DynamicTest> matchesPostgres() throws IOException {
        return Stream.concat(ReferenceCases.load("text-io.tsv").stream(),
                        ReferenceCases.load("text-io-more.tsv").stream())
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private static void check(ReferenceCases.Case c) {
        FormatSettings fs = ReferenceCases.settings(c.settings());
        ReferenceCases.TypeSpec spec = ReferenceCases.type(c.type());
        String actual;
        Object value = null;
        try {
            // a literal cast reads the text without the typmod (except for interval, whose input
            // needs its field range), then applies it as an explicit cast
            value = TextIO.input(spec.type(), spec.type() == Types.INTERVAL ? spec.typmod() : -1, c.input(), fs, null);
            value = Typmods.apply(spec.type(), spec.typmod(), value, true);
            actual = "=" + TextIO.output(spec.type(), value, fs, null);
        } catch (PgException e) {
            actual = "!" + e.state().code() + " " + e.getMessage() + (e.detail() == null ? "" : " | " + e.detail());
            value = null;
        }
        assertThat(actual).isEqualTo(c.expected());
        if (value != null) {
            byte[] wire = BinaryIO.send(spec.type(), value);
            Object back = BinaryIO.receive(spec.type(), -1, wire);
            assertThat(ValueOps.equal(spec.type(), value, back)).as("binary round trip of %s", actual).isTrue();
        }
    }
}
