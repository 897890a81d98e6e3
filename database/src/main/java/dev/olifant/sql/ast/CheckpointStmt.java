package dev.olifant.sql.ast;

/**
 * CHECKPOINT.
 */
public record CheckpointStmt(int location) implements Statement {
}
