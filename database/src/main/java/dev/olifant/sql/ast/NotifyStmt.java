package dev.olifant.sql.ast;

/**
 * {@code NOTIFY channel [, 'payload']}.
 * @param payload null when absent
 */
public record NotifyStmt(String channel, String payload, int location) implements Statement {
}
