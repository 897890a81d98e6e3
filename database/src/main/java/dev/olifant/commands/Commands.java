package dev.olifant.commands;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.Statement;

/** Runs a DDL or utility statement and returns its command tag (e.g. {@code CREATE TABLE}). */
public final class Commands {
    private Commands() {
    }

    /**
     * @param sourceText the whole query string the statement came from: expressions stored in the
     *                   catalog as SQL text are cut out of it by their offsets
     */
    public static String execute(Statement stmt, String sourceText, CommandContext ctx) {
        CommandLocks.acquire(stmt, ctx);
        return switch (stmt) {
            case dev.olifant.sql.ast.LockStmt s -> LockTable.execute(s, ctx);
            case dev.olifant.sql.ast.DiscardStmt s -> TempSchema.discard(ctx);
            case CreateTableStmt s -> CreateTable.execute(s, sourceText, ctx);
            case CreateIndexStmt s -> CreateIndex.execute(s, ctx);
            case dev.olifant.sql.ast.ReindexStmt s -> Reindex.execute(s, ctx);
            case AlterTableStmt s -> AlterTable.execute(s, sourceText, ctx);
            case CreateSchemaStmt s -> Schemas.create(s, ctx);
            case TruncateStmt s -> Truncate.execute(s, ctx);
            case CommentStmt s -> Comments.execute(s, ctx);
            case CreateSequenceStmt s -> Sequences.create(s, ctx);
            case dev.olifant.sql.ast.CreateViewStmt s -> Views.create(s, sourceText, ctx);
            case dev.olifant.sql.ast.RenameStmt s -> Renames.execute(s, ctx);
            case dev.olifant.sql.ast.CreateDatabaseStmt s -> Databases.create(s, ctx);
            case dev.olifant.sql.ast.AlterOwnerStmt s -> Owners.alterOwner(s, ctx);
            case dev.olifant.sql.ast.AlterObjectSchemaStmt s -> Owners.setSchema(s, ctx);
            case dev.olifant.sql.ast.AlterSequenceStmt s -> Sequences.alter(s, ctx);
            case dev.olifant.sql.ast.CreateTableAsStmt s -> CreateTableAs.execute(s, ctx);
            case dev.olifant.sql.ast.CreateTriggerStmt s -> Triggers.create(s, ctx);
            case dev.olifant.sql.ast.CreateFunctionStmt s -> Functions.create(s, ctx, r -> Functions.validate(s, r));
            case dev.olifant.sql.ast.DropTriggerStmt s -> Triggers.drop(s, ctx);
            case dev.olifant.sql.ast.DropRoutineStmt s -> Functions.drop(s, ctx);
            case dev.olifant.sql.ast.CreateRoleStmt s -> Roles.create(s, ctx);
            case dev.olifant.sql.ast.ClusterStmt s -> ClusterTable.execute(s, ctx);
            case dev.olifant.sql.ast.GrantStmt s -> Grants.execute(s, ctx);
            case dev.olifant.sql.ast.GrantRoleStmt s -> RoleGrants.execute(s, ctx);
            case DropStmt s when s.concurrently() && s.kind() == dev.olifant.sql.ast.ObjectKind.INDEX ->
                    DropIndexConcurrently.execute(s, ctx);
            case DropStmt s -> switch (s.kind()) {
                case TABLE, INDEX, SEQUENCE, VIEW -> DropRelations.execute(s, ctx);
                case SCHEMA -> Schemas.drop(s, ctx);
                case DATABASE -> Databases.drop(s, ctx);
                case ROLE -> Roles.drop(s, ctx);
                default -> unsupported(stmt);
            };
            default -> unsupported(stmt);
        };
    }

    private static String unsupported(Statement stmt) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, stmt.getClass().getSimpleName() + " is not supported yet");
    }
}
