/**
 * PL/pgSQL: the parser of the procedural language (blocks, declarations, control structures,
 * RAISE, EXECUTE, exception handlers) and its interpreter. Every SQL expression and statement a
 * function contains is run by the engine through {@link dev.olifant.plpgsql.PlRuntime}, with the
 * function's variables passed as parameters ({@code $n}), as PostgreSQL's pl_exec.c does; the
 * interpreter itself only keeps variables and decides what runs next.
 */
package dev.olifant.plpgsql;
