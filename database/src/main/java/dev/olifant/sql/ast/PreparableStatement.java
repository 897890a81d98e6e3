package dev.olifant.sql.ast;

/**
 * A statement that can produce rows and can appear in WITH, EXPLAIN and PREPARE: SELECT, INSERT,
 * UPDATE, DELETE, MERGE.
 */
public sealed interface PreparableStatement extends Statement
        permits SelectStmt,
                InsertStmt,
                UpdateStmt,
                DeleteStmt,
                MergeStmt {
}
