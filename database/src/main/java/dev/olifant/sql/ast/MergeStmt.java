package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code [WITH …] MERGE INTO [ONLY] t [[AS] a] USING source ON cond WHEN … [WHEN …]}: the source
 * rows are joined to the target, and each row runs the first WHEN clause that applies to it.
 *
 * @param with null when absent
 * @param target the target table with its alias
 * @param source a table reference, subquery or join
 * @param on the join condition
 * @param whens the WHEN clauses, in order
 */
public record MergeStmt(WithClause with, TableRef target, FromItem source, Expr on, List<MergeWhen> whens,
        int location) implements PreparableStatement {
    public MergeStmt {
        whens = List.copyOf(whens);
    }
}
