/**
 * Parse analysis (PostgreSQL's parser/analyze.c and friends): resolves names against the catalog
 * and the scopes of FROM clauses, infers types (parameters included), resolves operators and
 * functions, inserts coercions, and turns statements into executable plans built with
 * {@code dev.olifant.sql.plan}. Analysis also records the table privileges each statement needs
 * ({@link dev.olifant.sql.analyze.PrivilegeCollector}); the session checks them against the
 * current role every time the statement starts to run ({@link dev.olifant.sql.analyze.RequiredPrivileges}).
 */
package dev.olifant.sql.analyze;
