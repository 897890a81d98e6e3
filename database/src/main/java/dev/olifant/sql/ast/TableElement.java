package dev.olifant.sql.ast;

/**
 * An element of a CREATE TABLE column list: column definition, table constraint or LIKE clause.
 */
public sealed interface TableElement extends Node
        permits ColumnDef,
                Constraint,
                TableLike {
}
