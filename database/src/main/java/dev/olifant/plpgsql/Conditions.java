package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.List;
import java.util.Locale;

/** Condition names of exception handlers and RAISE (PostgreSQL's plerrcodes.h: the SQLSTATE names in lower case). */
final class Conditions {
    private Conditions() {
    }

    /** The SQLSTATE a condition name or {@code sqlstate xxxxx} denotes. */
    static SqlState state(String condition) {
        if (condition.startsWith("sqlstate ")) {
            return byCode(condition.substring(9));
        }
        try {
            return SqlState.valueOf(condition.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized exception condition \"" + condition + "\"");
        }
    }

    static SqlState byCode(String code) {
        if (code.length() != 5) {
            throw new PgException(SqlState.SYNTAX_ERROR, "invalid SQLSTATE code");
        }
        try {
            return SqlState.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "SQLSTATE " + code + " is not supported");
        }
    }

    /** Whether an error with {@code state} is caught by a handler for {@code conditions}. */
    static boolean matches(List<String> conditions, SqlState state) {
        for (String c : conditions) {
            if (c.equals("others")) {
                if (state != SqlState.QUERY_CANCELED && state != SqlState.ASSERT_FAILURE) {
                    return true;
                }
                continue;
            }
            SqlState s = state(c);
            if (s == state || s.code().endsWith("000") && s.code().regionMatches(0, state.code(), 0, 2)) {
                return true;
            }
        }
        return false;
    }
}
