package dev.olifant.sql.ast;

/**
 * {@code ALTER DATABASE name SET … | RESET …}.
 * @param setting a {@link SetStmt} or {@link ResetStmt}
 */
public record AlterDatabaseSetStmt(String name, Statement setting, int location) implements Statement {
}
