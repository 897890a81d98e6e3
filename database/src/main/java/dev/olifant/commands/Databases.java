package dev.olifant.commands;

import dev.olifant.catalog.Database;
import dev.olifant.catalog.DatabaseInfo;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.CreateDatabaseStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.QualifiedName;
import java.util.HashSet;
import java.util.Set;

/**
 * CREATE DATABASE and DROP DATABASE. Neither is transactional (as in PostgreSQL, they refuse to
 * run inside a transaction block): the cluster's database list changes at once.
 */
final class Databases {
    private Databases() {
    }

    static String create(CreateDatabaseStmt s, CommandContext ctx) {
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "CREATE DATABASE cannot run inside a transaction block");
        }
        long owner = ctx.userOid();
        String template = "template1";
        boolean isTemplate = false;
        boolean allowConnections = true;
        int connLimit = -1;
        Set<String> seen = new HashSet<>();
        for (DefElem o : s.options()) {
            if (!seen.add(o.name())) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.location() + 1);
            }
            String v = o.value();
            switch (o.name()) {
                case "owner" -> {
                    if (v != null) {
                        owner = ctx.cluster().requireRole(v).oid();
                    }
                }
                case "template" -> template = v == null ? "template1" : v;
                case "encoding" -> {
                    if (v != null && !v.replace("-", "").equalsIgnoreCase("utf8")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "encoding \"" + v
                                + "\" is not supported; only UTF8 is");
                    }
                }
                case "locale", "lc_collate", "lc_ctype", "tablespace", "strategy", "icu_locale", "locale_provider",
                        "collation_version", "oid" -> {
                }
                case "is_template" -> isTemplate = v != null && (v.equals("true") || v.equals("on") || v.equals("1"));
                case "allow_connections" -> allowConnections = v == null || !(v.equals("false") || v.equals("off")
                        || v.equals("0"));
                case "connection_limit" -> connLimit = v == null ? -1 : Integer.parseInt(v);
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + o.name() + "\" not recognized")
                        .withPosition(o.location() + 1);
            }
        }
        Database tmpl = ctx.cluster().database(template);
        if (tmpl == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "template database \"" + template + "\" does not exist");
        }
        if (ctx.cluster().database(s.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"" + s.name() + "\" already exists");
        }
        if (!tmpl.committed().relations().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "copying a template database that contains relations is not supported yet");
        }
        DatabaseInfo info = new DatabaseInfo(ctx.newOid(), s.name(), owner, "UTF8", tmpl.info().collate(),
                tmpl.info().ctype(), isTemplate, allowConnections, connLimit);
        ctx.cluster().putDatabase(new Database(info, tmpl.committed()));
        return "CREATE DATABASE";
    }

    static String drop(DropStmt s, CommandContext ctx) {
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "DROP DATABASE cannot run inside a transaction block");
        }
        if (s.force()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP DATABASE ... WITH (FORCE) is not supported yet");
        }
        for (QualifiedName n : s.names()) {
            String name = n.last();
            Database db = ctx.cluster().database(name);
            if (db == null) {
                if (s.ifExists()) {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "database \"" + name
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + name + "\" does not exist");
            }
            Ownership.check(ctx.cluster(), ctx.userOid(), db.info().ownerOid(), "database", name);
            if (db.info().oid() == ctx.database().info().oid()) {
                throw new PgException(SqlState.OBJECT_IN_USE, "cannot drop the currently open database");
            }
            if (db.info().isTemplate()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot drop a template database");
            }
            int others = othersAfterWaiting(ctx, name);
            if (others > 0) {
                throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + name + "\" is being accessed by other users")
                        .withDetail(others == 1 ? "There is 1 other session using the database."
                                : "There are " + others + " other sessions using the database.");
            }
            ctx.cluster().removeDatabase(name);
        }
        return "DROP DATABASE";
    }


    /**
     * The number of other sessions connected to the database, after waiting up to 5 seconds for
     * them to go, as PostgreSQL's CountOtherDBBackends does (50 tries, 100 ms apart): a client that
     * has just switched away from a database, like psql's \c, may still be closing its old
     * connection.
     */
    static int othersAfterWaiting(CommandContext ctx, String name) {
        int others = ctx.sessionsUsing().applyAsInt(name);
        for (int tries = 0; others > 0 && tries < 50; tries++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            others = ctx.sessionsUsing().applyAsInt(name);
        }
        return others;
    }
}
