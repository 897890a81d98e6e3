package dev.olifant.sql.ast;

/**
 * An item of a FROM list (PostgreSQL's RangeVar, JoinExpr, RangeSubselect, RangeFunction). A
 * VALUES list in FROM is a {@link SubqueryRef} whose query body is a {@link ValuesClause}.
 */
public sealed interface FromItem extends Node
        permits TableRef,
                JoinExpr,
                SubqueryRef,
                FunctionRef {
}
