package dev.olifant.sql.ast;

/**
 * {@code UNLISTEN channel | *}.
 * @param channel null for *
 */
public record UnlistenStmt(String channel, int location) implements Statement {
}
