package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** The errors built-ins raise, worded as PostgreSQL words them. */
final class Errors {
    private Errors() {
    }

    static PgException smallintOutOfRange() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "smallint out of range");
    }

    static PgException integerOutOfRange() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
    }

    static PgException bigintOutOfRange() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
    }

    static PgException divisionByZero() {
        return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    static PgException floatOverflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    static PgException floatUnderflow() {
        return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    static PgException timestampOutOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    static PgException dateOutOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    static PgException intervalOutOfRange() {
        return new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    static PgException notSupported(String message) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, message);
    }
}
