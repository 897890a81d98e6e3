package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.DatabaseInfo;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.CreateDatabaseStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.QualifiedName;
import java.util.Locale;

/**
 * CREATE / DROP / ALTER DATABASE. Like PostgreSQL's, these are not transactional and refuse to
 * run inside a transaction block; a new database starts as a copy of its template's catalog.
 */
final class DatabaseCommands {
    private DatabaseCommands() {
    }

    static String create(CreateDatabaseStmt s, CommandContext ctx) {
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "CREATE DATABASE cannot run inside a transaction block");
        }
        Cluster cluster = ctx.cluster();
        long owner = ctx.userOid();
        String template = "template1";
        int connLimit = -1;
        boolean isTemplate = false;
        boolean allowConn = true;
        for (DefElem o : s.options()) {
            String v = o.value();
            switch (o.name().toLowerCase(Locale.ROOT)) {
                case "owner" -> {
                    Role r = cluster.requireRole(v);
                    owner = r.oid();
                }
                case "template" -> template = v;
                case "encoding" -> {
                    if (!v.equalsIgnoreCase("utf8") && !v.equalsIgnoreCase("utf-8") && !v.equalsIgnoreCase("unicode")
                            && !v.equals("6")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "encoding \"" + v
                                + "\" is not supported; Olifant databases use UTF8");
                    }
                }
                case "connection_limit", "connection limit" -> connLimit = Integer.parseInt(v);
                case "is_template" -> isTemplate = v == null || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
                case "allow_connections" -> allowConn = v == null || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
                case "lc_collate", "lc_ctype", "locale", "locale_provider", "icu_locale", "collation_version",
                        "strategy", "tablespace", "oid" -> {
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + o.name() + "\" not recognized")
                        .withPosition(o.location() + 1);
            }
        }
        Database tmpl = cluster.database(template);
        if (tmpl == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "template database \"" + template + "\" does not exist");
        }
        if (cluster.database(s.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"" + s.name() + "\" already exists");
        }
        int others = ctx.otherSessionsUsing().applyAsInt(template);
        if (others > 0) {
            throw new PgException(SqlState.OBJECT_IN_USE, "source database \"" + template
                    + "\" is being accessed by other users").withDetail(sessions(others));
        }
        Catalog base = tmpl.committed();
        for (Relation r : base.relations()) {
            if (r instanceof Table || r instanceof Sequence) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "copying a template database that holds tables or sequences is not supported yet");
            }
        }
        DatabaseInfo info = new DatabaseInfo(ctx.newOid(), s.name(), owner, "UTF8", "C.UTF-8", "C.UTF-8", isTemplate,
                allowConn, connLimit);
        cluster.putDatabase(new Database(info, base));
        return "CREATE DATABASE";
    }

    private static String sessions(int n) {
        return "There " + (n == 1 ? "is 1 other session" : "are " + n + " other sessions") + " using the database.";
    }

    static String drop(DropStmt s, CommandContext ctx) {
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "DROP DATABASE cannot run inside a transaction block");
        }
        if (s.force()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP DATABASE ... WITH (FORCE) is not supported yet");
        }
        Cluster cluster = ctx.cluster();
        for (QualifiedName n : s.names()) {
            Database db = cluster.database(n.last());
            if (db == null) {
                if (s.ifExists()) {
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "database \"" + n.last()
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + n.last() + "\" does not exist");
            }
            if (db == ctx.database()) {
                throw new PgException(SqlState.OBJECT_IN_USE, "cannot drop the currently open database");
            }
            if (db.info().isTemplate()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot drop a template database");
            }
            int others = ctx.otherSessionsUsing().applyAsInt(db.info().name());
            if (others > 0) {
                throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + db.info().name()
                        + "\" is being accessed by other users").withDetail(sessions(others));
            }
            cluster.removeDatabase(db.info().name());
        }
        return "DROP DATABASE";
    }

    static String rename(String from, String to, CommandContext ctx) {
        Cluster cluster = ctx.cluster();
        Database db = cluster.database(from);
        if (db == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + from + "\" does not exist");
        }
        if (cluster.database(to) != null) {
            throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"" + to + "\" already exists");
        }
        if (db == ctx.database()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "current database cannot be renamed");
        }
        if (ctx.otherSessionsUsing().applyAsInt(from) > 0) {
            throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + from + "\" is being accessed by other users")
                    .withDetail(sessions(ctx.otherSessionsUsing().applyAsInt(from)));
        }
        cluster.renameDatabase(from, db.info().withName(to));
        return "ALTER DATABASE";
    }
}
