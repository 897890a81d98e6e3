package dev.olifant.sql.ast;

/**
 * What an {@link AlterColumnIdentity} does.
 */
public enum IdentityAction {
    ADD,
    SET,
    DROP
}
