/**
 * PostgreSQL's data types (utils/adt): the type registry with pg_type's OIDs, the value
 * representation of each type, text and binary I/O, type modifiers, casts and comparison.
 * Operators, functions and aggregates over these values live in {@code dev.olifant.types.func}.
 */
package dev.olifant.types;
