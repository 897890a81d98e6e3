package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code COPY t [(cols)] FROM | TO {STDIN | STDOUT | 'file' | PROGRAM 'cmd'} [[WITH] (options)]
 * [WHERE …]} and {@code COPY (query) TO …}. Legacy options are normalised into the new-style
 * names: BINARY → format binary, CSV → format csv, HEADER → header, DELIMITER → delimiter, NULL →
 * null, QUOTE → quote, ESCAPE → escape, FORCE QUOTE → force_quote, FORCE NOT NULL →
 * force_not_null, ENCODING → encoding, FREEZE → freeze.
 * @param table null for COPY (query)
 * @param query COPY (query) TO, null otherwise
 * @param from true for FROM, false for TO
 * @param filename the file or program, null for STDIN / STDOUT
 * @param where COPY FROM … WHERE, null when absent
 */
public record CopyStmt(
        QualifiedName table,
        List<String> columns,
        SelectStmt query,
        boolean from,
        String filename,
        boolean program,
        List<DefElem> options,
        Expr where,
        int location) implements Statement {
    public CopyStmt {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }
}
