package dev.olifant.sql.ast;

/**
 * The body of a query before ORDER BY / LIMIT / locking: a simple SELECT, a VALUES list, a set
 * operation, or a parenthesized {@link SelectStmt} that has its own WITH, ORDER BY, LIMIT or
 * locking clause.
 */
public sealed interface QueryBody extends Node
        permits SelectStmt,
                SimpleSelect,
                ValuesClause,
                SetOperation {
}
