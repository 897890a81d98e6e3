package dev.olifant.sql.ast;

import java.util.List;

/**
 * A table alias with optional column aliases: {@code AS t(a, b)}.
 * @param name the alias
 * @param columns column aliases, empty when absent
 */
public record Alias(String name, List<String> columns) {
    public Alias {
        columns = List.copyOf(columns);
    }
}
