package dev.olifant.sql.ast;

import java.util.List;

/**
 * A type reference. {@code names} holds either one normalised SQL spelling that {@code
 * dev.olifant.types.Types.byName} understands ({@code "double precision"}, {@code "character
 * varying"}, {@code "timestamp with time zone"}, {@code "bit varying"}, {@code "integer"}, …) or
 * the qualified parts as written ({@code ["pg_catalog", "int4"]}, {@code ["varchar"]}). As in
 * PostgreSQL's grammar, {@code char}/{@code character} and {@code bit} without a length get the
 * typmod 1 (except in typed literals such as {@code char 'abc'}, which stay unconstrained),
 * {@code float(p)} becomes {@code real} (p ≤ 24) or {@code double precision}, and the
 * quoted {@code "char"} stays the single-byte {@code char} type.
 * @param names the normalised name or qualified name parts
 * @param typmods type modifiers as written (usually NumericLiteral), e.g. the 10 and 2 of
 *     numeric(10,2); empty when none
 * @param arrayBounds one entry per array dimension: the declared bound, or -1 for {@code []} /
 *     {@code ARRAY}; empty for a non-array type
 * @param intervalFields for interval only: the field restriction in lower case ({@code "day"},
 *     {@code "day to second"}, {@code "hour to minute"}, …), null when absent
 * @param setof SETOF prefix (function signatures only)
 * @param location offset of the type name
 */
public record TypeName(
        List<String> names,
        List<Expr> typmods,
        List<Integer> arrayBounds,
        String intervalFields,
        boolean setof,
        int location) {
    public TypeName {
        names = List.copyOf(names);
        typmods = List.copyOf(typmods);
        arrayBounds = List.copyOf(arrayBounds);
    }
}
