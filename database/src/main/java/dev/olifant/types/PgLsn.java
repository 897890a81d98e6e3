package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * pg_lsn: a WAL position, held as a {@code Long} and written as PostgreSQL writes it (high and
 * low 32 bits in upper-case hex, {@code 16/B374D848}).
 */
public final class PgLsn {
    private PgLsn() {
    }

    public static String format(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase() + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase();
    }

    public static long parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash > 8 || slash == text.length() - 1 || text.length() - slash - 1 > 8) {
            throw invalid(text);
        }
        try {
            return Long.parseLong(text.substring(0, slash), 16) << 32 | Long.parseLong(text.substring(slash + 1), 16);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static PgException invalid(String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type pg_lsn: \"" + text + "\"");
    }
}
