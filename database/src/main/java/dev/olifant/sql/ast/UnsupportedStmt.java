package dev.olifant.sql.ast;

/**
 * A statement PostgreSQL accepts that Olifant recognises only by its leading keywords (CREATE
 * FUNCTION, DO, CREATE EXTENSION, …); its tokens are skipped up to the end of the statement so
 * that the rest of the query string still parses, and the analysis raises 0A000 with {@code
 * description}.
 * @param description the statement's leading keywords in upper case, e.g. {@code CREATE FUNCTION}
 */
public record UnsupportedStmt(String description, int location) implements Statement {
}
