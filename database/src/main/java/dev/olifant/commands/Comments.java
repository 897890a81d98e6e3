package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.QualifiedName;
import java.util.List;
import java.util.Locale;

/** COMMENT ON: pg_description entries keyed by object, catalog and column. */
final class Comments {
    private Comments() {
    }

    static String execute(CommentStmt s, CommandContext ctx) {
        String text = s.comment() == null || s.comment().isEmpty() ? null : s.comment();
        Catalog.CommentKey key = switch (s.kind()) {
            case TABLE, VIEW, INDEX, SEQUENCE -> {
                Relation r = Names.relation(ctx.analysis(), s.name());
                String want = s.kind().name().toLowerCase(Locale.ROOT);
                if (!r.kindName().equals(want)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + s.name().last() + "\" is not "
                            + (want.startsWith("i") ? "an " : "a ") + want);
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), r.ownerOid(), want, r.name());
                yield new Catalog.CommentKey(r.oid(), Oids.PG_CLASS, 0);
            }
            case COLUMN -> {
                List<String> parts = s.name().parts();
                if (parts.size() < 2) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "column name must be qualified");
                }
                QualifiedName rel = new QualifiedName(parts.subList(0, parts.size() - 1), s.name().location());
                Relation r = Names.relation(ctx.analysis(), rel);
                String colName = parts.get(parts.size() - 1);
                if (!(r instanceof Table t)) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "comments on columns of "
                            + r.kindName() + "s are not supported yet");
                }
                Column c = t.column(colName);
                if (c == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + colName + "\" of relation \""
                            + t.name() + "\" does not exist");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), t.ownerOid(), "relation", t.name());
                yield new Catalog.CommentKey(t.oid(), Oids.PG_CLASS, c.attnum());
            }
            case SCHEMA -> {
                Namespace ns = ctx.catalog().namespace(s.name().last());
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.name().last()
                            + "\" does not exist");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), ns.ownerOid(), "schema", ns.name());
                yield new Catalog.CommentKey(ns.oid(), Oids.PG_NAMESPACE, 0);
            }
            case CONSTRAINT -> {
                Table t = Names.table(ctx.analysis(), s.name());
                Constraint found = null;
                for (Constraint c : t.constraints()) {
                    if (c.name().equals(s.constraintName())) {
                        found = c;
                    }
                }
                if (found == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + s.constraintName()
                            + "\" for table \"" + t.name() + "\" does not exist");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), t.ownerOid(), "relation", t.name());
                yield new Catalog.CommentKey(found.oid(), Oids.PG_CONSTRAINT, 0);
            }
            case DATABASE -> {
                commentOnDatabase(s, text, ctx);
                yield null;
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COMMENT ON " + s.kind()
                    + " is not supported yet");
        };
        if (key != null) {
            ctx.change(c -> c.withComment(key, text));
        }
        return "COMMENT";
    }

    /**
     * A database's comment lives in its pg_database row (pg_shdescription is cluster-wide), so it
     * changes in place, as ALTER DATABASE OWNER does.
     */
    private static void commentOnDatabase(CommentStmt s, String text, CommandContext ctx) {
        Database db = ctx.cluster().database(s.name().last());
        if (db == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + s.name().last() + "\" does not exist");
        }
        Ownership.check(ctx.cluster(), ctx.userOid(), db.info().ownerOid(), "database", db.info().name());
        db.setInfo(db.info().withComment(text));
        ctx.cluster().databaseChanged();
    }
}
