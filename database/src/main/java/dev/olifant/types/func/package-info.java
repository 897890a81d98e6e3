/**
 * PostgreSQL's built-in operators, functions and aggregates, and how a call is matched to one.
 *
 * <p><b>Resolution</b> follows PostgreSQL's "Type Conversion" rules (parse_func.c,
 * parse_oper.c, parse_coerce.c): {@link dev.olifant.types.func.Operators},
 * {@link dev.olifant.types.func.Functions}, {@link dev.olifant.types.func.Aggregates} and
 * {@link dev.olifant.types.func.SetReturningFunctions} pick the single best candidate among the
 * signatures in {@link dev.olifant.types.func.BuiltinCatalog} — exact match, then implicit
 * coercibility, most exact matches, preferred types, string category for {@code unknown}
 * literals — and bind polymorphic signatures (anyelement, anyarray, anynonarray, anycompatible,
 * anycompatiblearray, {@code "any"}) to concrete types. The result names the types the caller
 * must coerce its arguments to and a ready-to-run {@link dev.olifant.types.func.Invokable}.
 * {@link dev.olifant.types.func.TypeUnifier} gives the common type of CASE, COALESCE, UNION,
 * VALUES and IN lists.
 *
 * <p><b>Bodies</b> live in small classes by family (integer, float, numeric, comparison, text,
 * date/time, array operators; string, math, date/time, formatting, regular expression and misc
 * functions; aggregates; set-returning functions). They take values in the engine's value
 * representation (see {@code dev.olifant.types}), raise PostgreSQL's SQLSTATEs and messages, and
 * are resolved once per expression so that invocation does no lookup. Strict bodies are never
 * called with a null argument; the executor handles that.
 */
package dev.olifant.types.func;
