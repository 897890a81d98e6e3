package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code SET CONSTRAINTS {ALL | name, …} {DEFERRED | IMMEDIATE}}.
 *
 * @param names the constraints named, empty for ALL
 */
public record SetConstraintsStmt(List<QualifiedName> names, boolean deferred, int location) implements Statement {
    public SetConstraintsStmt {
        names = List.copyOf(names);
    }
}
