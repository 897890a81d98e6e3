package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER DEFAULT PRIVILEGES [FOR ROLE r, …] [IN SCHEMA s, …] GRANT | REVOKE …}; the action's
 * objects are empty and its targetKind names the object class (TABLE, SEQUENCE, FUNCTION, TYPE,
 * SCHEMA).
 */
public record AlterDefaultPrivilegesStmt(
        List<String> forRoles,
        List<String> inSchemas,
        GrantStmt action,
        int location) implements Statement {
    public AlterDefaultPrivilegesStmt {
        forRoles = List.copyOf(forRoles);
        inSchemas = List.copyOf(inSchemas);
    }
}
