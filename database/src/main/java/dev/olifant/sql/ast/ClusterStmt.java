package dev.olifant.sql.ast;

/**
 * {@code CLUSTER [VERBOSE] [table [USING index]]}, {@code CLUSTER (VERBOSE) ...} and the old
 * {@code CLUSTER index ON table}.
 * @param table null for the form without a table (every table clustered before)
 * @param index null when not named (the index the table was clustered on before)
 */
public record ClusterStmt(QualifiedName table, String index, boolean verbose, int location) implements Statement {
}
