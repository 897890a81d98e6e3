package dev.olifant.sql.ast;

/**
 * {@code RESET name | ALL} (also RESET TIME ZONE, RESET ROLE, RESET SESSION AUTHORIZATION).
 * @param name lower-cased parameter name, null for ALL
 */
public record ResetStmt(String name, int location) implements Statement {
}
