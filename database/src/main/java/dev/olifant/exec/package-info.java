/**
 * The executor: plan operators that produce rows on demand (a pull model, one {@code Object[]}
 * per row), DML execution against the heap with MVCC, and the statement's execution context.
 * Expressions live in {@code dev.olifant.exec.expr}.
 */
package dev.olifant.exec;
