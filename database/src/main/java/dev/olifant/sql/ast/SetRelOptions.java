package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code SET (name = value, …)} or {@code RESET (name, …)}.
 * @param reset true for RESET
 */
public record SetRelOptions(List<DefElem> options, boolean reset) implements AlterTableCmd {
    public SetRelOptions {
        options = List.copyOf(options);
    }
}
