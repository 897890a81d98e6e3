package dev.olifant.sql.ast;

/**
 * The parameterless SQL-standard value functions (PostgreSQL's SQLValueFunction).
 * @param precision the (p) of CURRENT_TIME(p), CURRENT_TIMESTAMP(p), LOCALTIME(p),
 *     LOCALTIMESTAMP(p); -1 when not written
 */
public record SqlValueFunction(SqlValueKind kind, int precision, int location) implements Expr {
}
