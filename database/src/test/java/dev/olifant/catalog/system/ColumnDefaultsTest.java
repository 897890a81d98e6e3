package dev.olifant.catalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import org.junit.jupiter.api.Test;

/** Column defaults as PostgreSQL 15's pg_get_expr(adbin, adrelid) prints them. */
class ColumnDefaultsTest {

    private static String adbin(PgType type, int typmod, String text) {
        return ColumnDefaults.adbin(new Column("c", 1, type, typmod, false, text, null, Identity.NONE, 0, false));
    }

    @Test
    void quotedLiteralsCarryTheirTypeAndCanonicalText() {
        assertThat(adbin(Types.TEXT, -1, "'new'")).isEqualTo("'new'::text");
        assertThat(adbin(Types.DATE, -1, "'2024-1-1'")).isEqualTo("'2024-01-01'::date");
        assertThat(adbin(Types.TIMESTAMP, -1, "'2024-01-01'"))
                .isEqualTo("'2024-01-01 00:00:00'::timestamp without time zone");
        assertThat(adbin(Types.VARCHAR, 124, "'it''s'")).isEqualTo("'it''s'::character varying");
        assertThat(adbin(Types.INT8, -1, "'5'")).isEqualTo("'5'::bigint");
    }

    @Test
    void unlabelledConstantsAndExpressionsKeepTheirText() {
        assertThat(adbin(Types.INT4, -1, "1")).isEqualTo("1");
        assertThat(adbin(Types.BOOL, -1, "false")).isEqualTo("false");
        assertThat(adbin(Types.NUMERIC, -1, "0")).isEqualTo("0");
        assertThat(adbin(Types.TEXT, -1, "'a' || 'b'")).isEqualTo("'a' || 'b'");
        assertThat(adbin(Types.TEXT, -1, "'x'::text")).isEqualTo("'x'::text");
        assertThat(adbin(Types.DATE, -1, "'not a date'")).isEqualTo("'not a date'");
        assertThat(adbin(Types.TEXT, -1, null)).isNull();
    }

    @Test
    void recognisesOneQuotedLiteral() {
        assertThat(ColumnDefaults.isQuotedLiteral("'a''b'")).isTrue();
        assertThat(ColumnDefaults.isQuotedLiteral("''")).isTrue();
        assertThat(ColumnDefaults.isQuotedLiteral("'a' || 'b'")).isFalse();
        assertThat(ColumnDefaults.isQuotedLiteral("'")).isFalse();
    }
}
