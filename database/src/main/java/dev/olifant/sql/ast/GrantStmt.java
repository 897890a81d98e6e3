package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code GRANT | REVOKE [GRANT OPTION FOR] privileges ON [kind] objects | ALL TABLES | SEQUENCES |
 * FUNCTIONS IN SCHEMA s TO | FROM roles [WITH GRANT OPTION] [GRANTED BY r] [CASCADE | RESTRICT]}.
 * @param grant false for REVOKE
 * @param privileges empty for ALL [PRIVILEGES]
 * @param targetKind TABLE (default), SEQUENCE, DATABASE, SCHEMA, FUNCTION
 * @param allInSchema ALL TABLES / SEQUENCES / FUNCTIONS IN SCHEMA: {@code objects} are the schemas
 * @param functionArgs argument types per object for FUNCTION targets written with a parenthesized
 *     list, empty otherwise
 * @param grantOption WITH GRANT OPTION, or REVOKE GRANT OPTION FOR
 * @param grantedBy null when absent
 */
public record GrantStmt(
        boolean grant,
        List<Privilege> privileges,
        ObjectKind targetKind,
        boolean allInSchema,
        List<QualifiedName> objects,
        List<List<TypeName>> functionArgs,
        List<RoleSpec> grantees,
        boolean grantOption,
        RoleSpec grantedBy,
        DropBehavior behavior,
        int location) implements Statement {
    public GrantStmt {
        privileges = List.copyOf(privileges);
        objects = List.copyOf(objects);
        functionArgs = List.copyOf(functionArgs);
        grantees = List.copyOf(grantees);
    }
}
