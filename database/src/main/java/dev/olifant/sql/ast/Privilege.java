package dev.olifant.sql.ast;

import java.util.List;

/**
 * A privilege of GRANT / REVOKE, e.g. {@code select}, {@code update (a, b)}.
 * @param name lower-cased privilege name (select, insert, update, delete, truncate, references,
 *     trigger, create, connect, temporary, execute, usage); {@code temp} is stored as temporary
 * @param columns column list, empty when absent
 */
public record Privilege(String name, List<String> columns) {
    public Privilege {
        columns = List.copyOf(columns);
    }
}
