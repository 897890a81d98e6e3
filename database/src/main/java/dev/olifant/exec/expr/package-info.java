/**
 * Executable expressions: trees built by parse analysis with every name, type, operator and
 * function already resolved, evaluated per row with PostgreSQL's NULL semantics (strict functions
 * return NULL for a NULL argument; AND/OR use three-valued logic).
 */
package dev.olifant.exec.expr;
