package dev.olifant.sql.ast;

import java.util.List;

/**
 * A query: SELECT, VALUES, TABLE or a set operation with its trailing clauses. Every subquery in
 * the tree is a SelectStmt. {@code LIMIT ALL} and {@code LIMIT NULL} leave {@code limit} null;
 * {@code FETCH FIRST [n] ROWS ONLY | WITH TIES} is stored in {@code limit} (1 when n is omitted)
 * and {@code withTies}.
 * @param with WITH clause, null when absent
 * @param body the SELECT / VALUES / set operation
 * @param limit LIMIT or FETCH FIRST count, null when absent
 * @param offset OFFSET, null when absent
 * @param withTies FETCH … WITH TIES
 * @param locking FOR UPDATE / SHARE … clauses
 * @param location offset of the first token
 */
public record SelectStmt(
        WithClause with,
        QueryBody body,
        List<SortBy> orderBy,
        Expr limit,
        Expr offset,
        boolean withTies,
        List<LockingClause> locking,
        int location) implements PreparableStatement, QueryBody {
    public SelectStmt {
        orderBy = List.copyOf(orderBy);
        locking = List.copyOf(locking);
    }
}
