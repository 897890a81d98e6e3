package dev.olifant.commands;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Statement;

/** Runs a DDL or utility statement and returns its command tag (e.g. {@code CREATE TABLE}). */
public final class Commands {
    private Commands() {
    }

    public static String execute(Statement stmt, CommandContext ctx) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, stmt.getClass().getSimpleName() + " is not supported yet");
    }
}
