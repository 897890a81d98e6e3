package dev.olifant.sql.ast;

/**
 * {@code DEALLOCATE [PREPARE] name | ALL}.
 * @param name null for ALL
 */
public record DeallocateStmt(String name, int location) implements Statement {
}
