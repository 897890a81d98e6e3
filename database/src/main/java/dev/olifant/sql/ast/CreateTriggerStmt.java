package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name {BEFORE | AFTER | INSTEAD OF} events ON table
 * [DEFERRABLE ...] [FOR [EACH] {ROW | STATEMENT}] [WHEN (condition)] EXECUTE {FUNCTION | PROCEDURE} f(args)}.
 *
 * @param timing        BEFORE, AFTER or INSTEAD
 * @param events        INSERT, UPDATE, DELETE, TRUNCATE (upper case)
 * @param updateColumns the UPDATE OF columns, empty when none
 * @param when          the WHEN condition, null when none
 * @param whenText      the WHEN condition's source text, null when none
 * @param whenLocation  the offset of {@code whenText} in the statement's source
 * @param arguments     the function's arguments as strings
 */
public record CreateTriggerStmt(boolean orReplace, boolean constraint, String name, String timing,
        List<String> events, List<String> updateColumns, QualifiedName table, boolean forEachRow, Expr when,
        String whenText, int whenLocation, QualifiedName function, List<String> arguments, boolean deferrable,
        boolean initiallyDeferred, int location) implements Statement {
    public CreateTriggerStmt {
        events = List.copyOf(events);
        updateColumns = List.copyOf(updateColumns);
        arguments = List.copyOf(arguments);
    }
}
