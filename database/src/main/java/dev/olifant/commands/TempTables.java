package dev.olifant.commands;

import dev.olifant.catalog.Namespace;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.OnCommitAction;
import dev.olifant.sql.ast.Persistence;

/**
 * Where CREATE TABLE puts a table (PostgreSQL's RangeVarAdjustRelationPersistence): a TEMPORARY
 * table, or one named {@code pg_temp.name}, goes into the session's temporary schema; a temporary
 * table named into another schema is refused.
 */
final class TempTables {
    private TempTables() {
    }

    static Namespace namespace(CommandContext ctx, CreateTableStmt s) {
        String schema = s.name().qualifier();
        boolean temp = s.persistence() == Persistence.TEMPORARY;
        String own = ctx.exec().services().tempNamespaceName();
        boolean tempSchema = schema != null && (schema.equals("pg_temp") || schema.equals(own));
        if (temp && schema != null && !tempSchema) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "cannot create temporary relation in non-temporary schema").withPosition(s.name().location() + 1);
        }
        if (!temp && !tempSchema && s.onCommit() != OnCommitAction.NOOP) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "ON COMMIT can only be used on temporary tables");
        }
        if (!temp && !tempSchema) {
            return Names.creationNamespace(ctx.analysis(), s.name());
        }
        return TempSchema.ensure(ctx);
    }

    /** Registers a new temporary table's ON COMMIT DELETE ROWS or DROP with the session. */
    static void onCommit(CommandContext ctx, CreateTableStmt s, long oid) {
        if (s.onCommit() == OnCommitAction.DELETE_ROWS || s.onCommit() == OnCommitAction.DROP) {
            ctx.exec().services().onCommit(oid, s.onCommit() == OnCommitAction.DROP);
        }
    }
}
