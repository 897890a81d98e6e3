package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role] [elements]}.
 * @param name null when only AUTHORIZATION was written (the schema is named after the role)
 * @param authorization null when absent
 * @param elements schema elements (CREATE TABLE / VIEW / INDEX / SEQUENCE, GRANT) created inside
 *     it
 */
public record CreateSchemaStmt(
        String name,
        RoleSpec authorization,
        boolean ifNotExists,
        List<Statement> elements,
        int location) implements Statement {
    public CreateSchemaStmt {
        elements = List.copyOf(elements);
    }
}
