package dev.olifant.sql.ast;

/**
 * {@code DISCARD ALL | PLANS | SEQUENCES | TEMP}.
 */
public record DiscardStmt(DiscardTarget target, int location) implements Statement {
}
