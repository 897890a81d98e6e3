package dev.olifant.sql.ast;

import java.util.List;

/**
 * CASE, simple ({@code CASE x WHEN v THEN …}) when arg is present, searched otherwise.
 * @param arg the simple CASE's test expression, null for a searched CASE
 * @param elseResult the ELSE result, null when absent
 * @param location offset of CASE
 */
public record CaseExpr(
        Expr arg,
        List<CaseWhen> whens,
        Expr elseResult,
        int location) implements Expr {
    public CaseExpr {
        whens = List.copyOf(whens);
    }
}
