package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed input must fail the way PostgreSQL fails: with a PgException carrying a SQLSTATE,
 * never with an unexpected Java exception. Strings are drawn from the characters the parsers
 * care about, with a fixed seed.
 */
class InputRobustnessTest {
    private static final String ALPHABET = "0123456789 -+.:/,eEtTxXzZ{}[]\"\\=PYMDHSWjJ@agonulyb";
    private static final PgType[] TYPES = {Types.BOOL, Types.INT2, Types.INT4, Types.INT8, Types.NUMERIC,
        Types.FLOAT4, Types.FLOAT8, Types.BYTEA, Types.CHAR, Types.DATE, Types.TIME, Types.TIMESTAMP,
        Types.TIMESTAMPTZ, Types.INTERVAL, Types.UUID, Types.OID, Types.JSON, Types.JSONB, Types.INT4_ARRAY,
        Types.TEXT_ARRAY, Types.INT2VECTOR, Types.OIDVECTOR};

    private static final Object[][] SEEDS = {
        {Types.DATE, "2024-01-02 BC"}, {Types.DATE, "January 2, 2024"}, {Types.DATE, "J2451187"},
        {Types.TIMESTAMPTZ, "2024-01-02T03:04:05.678+05:30"}, {Types.TIMESTAMPTZ, "2024-01-02 03:04 Europe/Paris"},
        {Types.TIME, "04:05:06.789 pm"}, {Types.INTERVAL, "1 year 2 mons -3 days +04:05:06.5 ago"},
        {Types.INTERVAL, "P1Y2M3DT4H5M6.5S"}, {Types.INTERVAL, "1-2 3 4:05:06"}, {Types.NUMERIC, "-1.5e-3"},
        {Types.FLOAT8, "-1.5e-300"}, {Types.FLOAT8, "0x1.8p3"}, {Types.INT4_ARRAY, "[0:1][1:2]={{1,2},{3,NULL}}"},
        {Types.TEXT_ARRAY, "{\"a b\",c\\d,NULL}"}, {Types.JSONB, "{\"a\": [1, 2.5e3, {\"b\": null}]}"},
        {Types.UUID, "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}"}, {Types.BYTEA, "\\x0a0b"}, {Types.BYTEA, "a\\101"},
    };

    @Test
    void mutatedValidInputs() {
        Random random = new Random(7);
        FormatSettings fs = TestContext.UTC.settings();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            Object[] seed = SEEDS[i % SEEDS.length];
            PgType type = (PgType) seed[0];
            StringBuilder sb = new StringBuilder((String) seed[1]);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, c);
                    default -> sb.setCharAt(at, c);
                }
            }
            try {
                Object v = TextIO.input(type, -1, sb.toString(), fs, null);
                if (v != null) {
                    TextIO.output(type, v, fs, null);
                    BinaryIO.receive(type, -1, BinaryIO.send(type, v));
                }
            } catch (PgException e) {
                assertThat(e.state()).isNotNull();
            } catch (RuntimeException e) {
                unexpected.add(type.name() + " '" + sb + "': " + e);
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void onlyPgExceptions() {
        Random random = new Random(42);
        FormatSettings fs = TestContext.UTC.settings();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            int len = random.nextInt(16);
            StringBuilder sb = new StringBuilder(len);
            for (int k = 0; k < len; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            PgType type = TYPES[i % TYPES.length];
            try {
                Object v = TextIO.input(type, -1, sb.toString(), fs, null);
                if (v != null) {
                    TextIO.output(type, v, fs, null);
                    BinaryIO.receive(type, -1, BinaryIO.send(type, v));
                }
            } catch (PgException e) {
                assertThat(e.state()).isNotNull();
            } catch (RuntimeException e) {
                unexpected.add(type.name() + " '" + sb + "': " + e);
            }
        }
        assertThat(unexpected).isEmpty();
    }
}
