package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AlterObjectSchemaStmt;
import dev.olifant.sql.ast.AlterOwnerStmt;
import dev.olifant.sql.ast.RoleSpec;
import java.util.Locale;

/** OWNER TO (schemas, databases, relations) and SET SCHEMA of relations. */
final class Owners {
    private Owners() {
    }

    static String alterOwner(AlterOwnerStmt s, CommandContext ctx) {
        long owner = Schemas.roleOid(ctx, s.owner());
        switch (s.kind()) {
            case SCHEMA -> {
                Namespace ns = ctx.catalog().namespace(s.name().last());
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.name().last()
                            + "\" does not exist");
                }
                if (ns.ownerOid() != owner) {
                    Ownership.check(ctx.cluster(), ctx.userOid(), ns.ownerOid(), "schema", ns.name());
                    Ownership.checkMemberOf(ctx, owner);
                }
                ctx.change(c -> c.withNamespace(new Namespace(ns.oid(), ns.name(), owner)));
                return "ALTER SCHEMA";
            }
            case DATABASE -> {
                Database db = ctx.cluster().database(s.name().last());
                if (db == null) {
                    throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + s.name().last()
                            + "\" does not exist");
                }
                if (db.info().ownerOid() != owner) {
                    Ownership.check(ctx.cluster(), ctx.userOid(), db.info().ownerOid(), "database", db.info().name());
                    Ownership.checkMemberOf(ctx, owner);
                    if (ctx.cluster().role(ctx.userOid()) instanceof dev.olifant.catalog.Role me && !me.superuser()
                            && !me.createDb()) {
                        throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                                "permission denied to change owner of database");
                    }
                }
                db.setInfo(db.info().withOwner(owner));
                ctx.cluster().databaseChanged();
                return "ALTER DATABASE";
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER " + s.kind()
                    + " OWNER TO is not supported yet");
        }
    }

    /** A relation with a new owner (a table's indexes and owned sequences follow it). */
    static void relationOwner(CommandContext ctx, Relation r, RoleSpec spec) {
        long owner = Schemas.roleOid(ctx, spec);
        if (owner == r.ownerOid()) {
            return;
        }
        Ownership.checkRelation(ctx, r);
        Ownership.checkMemberOf(ctx, owner);
        ctx.change(c -> {
            Catalog out = c.withRelation(withOwner(r, owner));
            if (c.acl(r.oid()) != null) {
                out = out.withAcl(r.oid(), c.acl(r.oid()).withNewOwner(r.ownerOid(), owner));
            }
            if (r instanceof Table t) {
                for (Relation other : c.relations()) {
                    if (other instanceof Index i && i.tableOid() == t.oid()
                            || other instanceof Sequence q && q.ownedByTable() == t.oid()) {
                        out = out.withRelation(withOwner(other, owner));
                    }
                }
            }
            return out;
        });
    }

    private static Relation withOwner(Relation r, long o) {
        return switch (r) {
            case Table t -> t.withOwner(o);
            case Index i -> i.withOwner(o);
            case Sequence q -> new Sequence(q.oid(), q.name(), q.namespaceOid(), o, q.persistence(), q.type(),
                    q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), q.ownedByTable(),
                    q.ownedByColumn(), q.data());
            case View v -> new View(v.oid(), v.name(), v.namespaceOid(), o, v.persistence(), v.query(), v.columns());
        };
    }

    private static Relation withNamespace(Relation r, long ns) {
        return switch (r) {
            case Table t -> t.withNamespace(ns);
            case Index i -> i.withNamespace(ns);
            case Sequence q -> new Sequence(q.oid(), q.name(), ns, q.ownerOid(), q.persistence(), q.type(),
                    q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), q.ownedByTable(),
                    q.ownedByColumn(), q.data());
            case View v -> new View(v.oid(), v.name(), ns, v.ownerOid(), v.persistence(), v.query(), v.columns());
        };
    }

    static String setSchema(AlterObjectSchemaStmt s, CommandContext ctx) {
        String tag = "ALTER " + s.kind().name().toUpperCase(Locale.ROOT);
        Relation r = Names.findRelation(ctx.analysis(), s.name());
        if (r == null) {
            if (s.ifExists()) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + s.name()
                        + "\" does not exist, skipping"));
                return tag;
            }
            Names.relation(ctx.analysis(), s.name());
        }
        Ownership.checkRelation(ctx, r);
        Namespace ns = ctx.catalog().namespace(s.newSchema());
        if (ns == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.newSchema() + "\" does not exist");
        }
        if (ns.oid() == r.namespaceOid()) {
            throw new PgException(SqlState.DUPLICATE_TABLE, r.kindName() + " \"" + r.name()
                    + "\" is already in schema \"" + ns.name() + "\"");
        }
        if (r instanceof Index) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change schema of index \"" + r.name() + "\"")
                    .withHint("Change the schema of the table instead.");
        }
        if (ctx.catalog().relation(ns.oid(), r.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + r.name() + "\" already exists in schema \""
                    + ns.name() + "\"");
        }
        ctx.change(c -> {
            Catalog out = c.withRelation(withNamespace(r, ns.oid()));
            if (r instanceof Table t) {
                for (Relation other : c.relations()) {
                    if (other instanceof Index i && i.tableOid() == t.oid()
                            || other instanceof Sequence q && q.ownedByTable() == t.oid()) {
                        out = out.withRelation(withNamespace(other, ns.oid()));
                    }
                }
            }
            return out;
        });
        return tag;
    }
}
