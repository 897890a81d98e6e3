package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW name [(cols)] [WITH (…)] AS query [WITH
 * [CASCADED | LOCAL] CHECK OPTION]}.
 */
public record CreateViewStmt(
        QualifiedName name,
        boolean orReplace,
        Persistence persistence,
        boolean recursive,
        List<String> columnNames,
        List<DefElem> options,
        SelectStmt query,
        ViewCheckOption checkOption,
        int location) implements Statement {
    public CreateViewStmt {
        columnNames = List.copyOf(columnNames);
        options = List.copyOf(options);
    }
}
