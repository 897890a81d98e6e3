package dev.olifant.sql.ast;

/**
 * A subquery in FROM, {@code [LATERAL] (SELECT … | VALUES …) [AS] alias}.
 * @param alias null when absent (PostgreSQL 15 then reports an error at analysis)
 */
public record SubqueryRef(SelectStmt query, boolean lateral, Alias alias, int location) implements FromItem {
}
