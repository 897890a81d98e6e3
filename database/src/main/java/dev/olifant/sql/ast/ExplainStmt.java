package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code EXPLAIN [ANALYZE] [VERBOSE] stmt} and {@code EXPLAIN (option [value], …) stmt}; the
 * legacy keywords become the options {@code analyze} and {@code verbose}.
 * @param statement the explained statement (a query, DML, CREATE TABLE AS, EXECUTE, …)
 */
public record ExplainStmt(List<DefElem> options, Statement statement, int location) implements Statement {
    public ExplainStmt {
        options = List.copyOf(options);
    }
}
