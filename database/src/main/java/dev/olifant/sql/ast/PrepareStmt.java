package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code PREPARE name [(types)] AS statement}.
 */
public record PrepareStmt(
        String name,
        List<TypeName> argTypes,
        Statement statement,
        int location) implements Statement {
    public PrepareStmt {
        argTypes = List.copyOf(argTypes);
    }
}
