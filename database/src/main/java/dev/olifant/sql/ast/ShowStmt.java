package dev.olifant.sql.ast;

/**
 * {@code SHOW name | ALL} (also SHOW TIME ZONE → {@code timezone}, SHOW TRANSACTION ISOLATION
 * LEVEL → {@code transaction_isolation}, SHOW SESSION AUTHORIZATION → {@code
 * session_authorization}).
 * @param name lower-cased parameter name, {@code all} for ALL
 */
public record ShowStmt(String name, int location) implements Statement {
}
