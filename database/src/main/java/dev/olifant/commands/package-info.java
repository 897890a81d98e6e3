/**
 * Utility and DDL statements (PostgreSQL's commands/): CREATE, ALTER and DROP of tables,
 * indexes, sequences, views, schemas and databases, COMMENT, TRUNCATE, CREATE TABLE AS.
 * {@link dev.olifant.commands.Commands#execute} dispatches a statement and returns its command tag.
 *
 * <p>Relation and schema changes are recorded in the transaction's private catalog version through
 * {@link dev.olifant.commands.CommandContext#change}, so they commit or roll back with the
 * transaction; index builds and TRUNCATE create new storage objects that only that version points
 * to. Databases are cluster objects and change at once (which is why CREATE and DROP DATABASE
 * refuse to run inside a transaction block).
 *
 * <p>DEFAULT and CHECK expressions and view queries are stored as SQL text cut out of the query
 * string ({@code SourceText}); views' dependencies are found by parsing that text again
 * ({@code Dependencies}).
 */
package dev.olifant.commands;
