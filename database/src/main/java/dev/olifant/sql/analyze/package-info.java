/**
 * Parse analysis (PostgreSQL's parser/analyze.c and friends): resolves names against the catalog
 * and the scopes of FROM clauses, infers types (parameters included), resolves operators and
 * functions, inserts coercions, and turns statements into executable plans built with
 * {@code dev.olifant.sql.plan}.
 */
package dev.olifant.sql.analyze;
