package dev.olifant.sql.ast;

/**
 * A type cast, written {@code x::t}, {@code CAST(x AS t)} or as a typed literal {@code t
 * 'literal'} ({@code DATE '2024-01-01'}, {@code INTERVAL '1' DAY}, whose interval fields are in
 * the TypeName).
 * @param syntax how the cast was written (for printing; all three mean the same)
 * @param location offset of {@code ::}, of CAST, or of the type name of a typed literal
 */
public record Cast(Expr arg, TypeName type, CastSyntax syntax, int location) implements Expr {
}
