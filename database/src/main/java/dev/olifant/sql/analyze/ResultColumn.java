package dev.olifant.sql.analyze;

import dev.olifant.types.PgType;

/** An output column of a query: what RowDescription reports for it. */
public record ResultColumn(String name, PgType type, int typmod, long tableOid, int attnum) {
}
