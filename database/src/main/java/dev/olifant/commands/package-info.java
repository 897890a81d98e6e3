/**
 * Utility and DDL statements (PostgreSQL's commands/): CREATE, ALTER and DROP of tables,
 * indexes, sequences, views, schemas and databases, COMMENT, TRUNCATE. Each command changes the
 * transaction's private catalog version through {@link dev.olifant.commands.CommandContext}.
 */
package dev.olifant.commands;
