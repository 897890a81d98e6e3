package dev.olifant.sql.ast;

import java.util.List;

/** {@code DROP FUNCTION | PROCEDURE [IF EXISTS] name [(argtypes)] [, ...] [CASCADE | RESTRICT]}. */
public record DropRoutineStmt(boolean procedure, List<Signature> routines, boolean ifExists, DropBehavior behavior,
        int location) implements Statement {

    /** A routine named for DROP: {@code parameters} is null when no argument list was written. */
    public record Signature(QualifiedName name, List<FunctionParameter> parameters) {
    }

    public DropRoutineStmt {
        routines = List.copyOf(routines);
    }
}
