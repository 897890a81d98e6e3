package dev.olifant.sql.ast;

/**
 * {@code LISTEN channel}.
 */
public record ListenStmt(String channel, int location) implements Statement {
}
