package dev.olifant.sql.ast;

/**
 * WITH CHECK OPTION of a view.
 */
public enum ViewCheckOption {
    NONE,
    LOCAL,
    CASCADED
}
