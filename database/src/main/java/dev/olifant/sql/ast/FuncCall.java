package dev.olifant.sql.ast;

import java.util.List;

/**
 * A function call, aggregate or window function call.
 *
 * <p>SQL-standard special syntax becomes a call of the pg_catalog function PostgreSQL uses, with
 * {@code syntax} recording the spelling for printing and output column names: {@code EXTRACT(field
 * FROM x)} → {@code pg_catalog.extract('field', x)} (field as a lower-cased StringLiteral); {@code
 * POSITION(a IN b)} → {@code pg_catalog.position(b, a)}; {@code SUBSTRING(x FROM a FOR b)} →
 * {@code pg_catalog.substring(x, a, b)} ({@code FOR b} alone → {@code substring(x, 1, b)}, {@code
 * SIMILAR p ESCAPE e} → {@code substring(x, p, e)}); {@code TRIM([BOTH] [c] FROM s)} → {@code
 * pg_catalog.btrim(s [, c])}, LEADING → {@code ltrim}, TRAILING → {@code rtrim}; {@code OVERLAY(a
 * PLACING b FROM c [FOR d])} → {@code pg_catalog.overlay(a, b, c [, d])}; {@code x AT TIME ZONE z}
 * → {@code pg_catalog.timezone(z, x)}; {@code COLLATION FOR (x)} → {@code
 * pg_catalog.pg_collation_for(x)}. Functions written normally keep the name as written ({@code
 * count}, {@code pg_catalog.now}); the keyword functions written with commas ({@code substring(x, 1, 2)}, {@code overlay(a, b, 2)})
 * are {@code pg_catalog.substring} / {@code pg_catalog.overlay} with NORMAL syntax, as in PostgreSQL.
 * @param args the arguments; named arguments are {@link NamedArg}
 * @param orderBy ORDER BY inside the argument list, or the WITHIN GROUP ordering when {@code
 *     withinGroup}; empty when absent
 * @param filter FILTER (WHERE …), null when absent
 * @param over OVER window, null when absent
 * @param star {@code f(*)}, e.g. count(*)
 * @param distinct {@code f(DISTINCT …)}
 * @param variadic the last argument was marked VARIADIC
 * @param withinGroup orderBy came from WITHIN GROUP (ORDER BY …)
 * @param syntax NORMAL, or the SQL-standard spelling it came from
 * @param location offset of the function name (or keyword)
 */
public record FuncCall(
        QualifiedName name,
        List<Expr> args,
        List<SortBy> orderBy,
        Expr filter,
        WindowDef over,
        boolean star,
        boolean distinct,
        boolean variadic,
        boolean withinGroup,
        FuncSyntax syntax,
        int location) implements Expr {
    public FuncCall {
        args = List.copyOf(args);
        orderBy = List.copyOf(orderBy);
    }
}
