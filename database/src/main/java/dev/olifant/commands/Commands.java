package dev.olifant.commands;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.AlterDatabaseSetStmt;
import dev.olifant.sql.ast.AlterDatabaseStmt;
import dev.olifant.sql.ast.AlterOwnerStmt;
import dev.olifant.sql.ast.AlterSequenceStmt;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.CreateDatabaseStmt;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.sql.ast.UnsupportedStmt;

/** Runs a DDL or utility statement and returns its command tag (e.g. {@code CREATE TABLE}). */
public final class Commands {
    private Commands() {
    }

    public static String execute(Statement stmt, CommandContext ctx) {
        return switch (stmt) {
            case CreateTableStmt s -> TableCommands.createTable(s, ctx);
            case CreateTableAsStmt s -> TableCommands.createTableAs(s, ctx);
            case CreateIndexStmt s -> TableCommands.createIndex(s, ctx);
            case TruncateStmt s -> TableCommands.truncate(s, ctx);
            case AlterTableStmt s -> AlterTableCommands.alter(s, ctx);
            case CreateSequenceStmt s -> SequenceCommands.create(s, ctx);
            case AlterSequenceStmt s -> SequenceCommands.alter(s, ctx);
            case CreateViewStmt s -> ObjectCommands.createView(s, ctx);
            case CreateSchemaStmt s -> ObjectCommands.createSchema(s, ctx);
            case CommentStmt s -> ObjectCommands.comment(s, ctx);
            case AlterOwnerStmt s -> ObjectCommands.alterOwner(s, ctx);
            case RenameStmt s -> s.kind() == ObjectKind.DATABASE
                    ? DatabaseCommands.rename(s.name().last(), s.newName(), ctx) : ObjectCommands.rename(s, ctx);
            case CreateDatabaseStmt s -> DatabaseCommands.create(s, ctx);
            case AlterDatabaseStmt s -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER DATABASE with options is not supported yet");
            case AlterDatabaseSetStmt s -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER DATABASE ... SET is not supported yet");
            case DropStmt s -> switch (s.kind()) {
                case TABLE, VIEW, INDEX, SEQUENCE -> DropCommands.dropRelations(s, ctx);
                case SCHEMA -> DropCommands.dropSchemas(s, ctx);
                case DATABASE -> DatabaseCommands.drop(s, ctx);
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP " + s.kind()
                        + " is not supported yet");
            };
            case UnsupportedStmt s -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, s.description()
                    + " is not supported").withPosition(s.location() + 1);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    stmt.getClass().getSimpleName().replace("Stmt", "") + " is not supported yet");
        };
    }
}
