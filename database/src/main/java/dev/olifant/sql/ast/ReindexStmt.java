package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] name}.
 *
 * @param name the index or table (possibly qualified); for SCHEMA, DATABASE and SYSTEM a one-part name
 * @param options VERBOSE, TABLESPACE, CONCURRENTLY written in the option list
 */
public record ReindexStmt(Kind kind, boolean concurrently, QualifiedName name, List<DefElem> options, int location)
        implements Statement {

    /** What REINDEX rebuilds. */
    public enum Kind { INDEX, TABLE, SCHEMA, DATABASE, SYSTEM }

    public ReindexStmt {
        options = List.copyOf(options);
    }
}
