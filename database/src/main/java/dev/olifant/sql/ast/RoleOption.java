package dev.olifant.sql.ast;

import java.util.List;

/**
 * An option of CREATE / ALTER ROLE.
 * @param enabled false for the NO… forms (NOSUPERUSER, NOLOGIN, …); true otherwise
 * @param value CONNECTION LIMIT number (signed lexeme), PASSWORD string (null for PASSWORD NULL),
 *     VALID UNTIL timestamp text, SYSID number; null otherwise
 * @param roles roles of IN ROLE / ROLE / ADMIN / USER, empty otherwise
 */
public record RoleOption(
        RoleOptionKind kind,
        boolean enabled,
        String value,
        List<String> roles,
        int location) {
    public RoleOption {
        roles = List.copyOf(roles);
    }
}
