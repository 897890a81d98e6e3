package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.RenameStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** ALTER … RENAME of relations, columns, constraints and schemas. */
final class Renames {
    private Renames() {
    }

    static String execute(RenameStmt s, CommandContext ctx) {
        String tag = "ALTER " + s.relationKind().name().toUpperCase(Locale.ROOT);
        if (s.kind() == ObjectKind.SCHEMA) {
            return renameSchema(s, ctx);
        }
        if (s.kind() == ObjectKind.DATABASE) {
            return renameDatabase(s, ctx);
        }
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
        switch (s.kind()) {
            case COLUMN -> renameColumn(ctx, r, s);
            case CONSTRAINT -> renameConstraint(ctx, r, s);
            default -> renameRelation(ctx, r, s.newName());
        }
        return tag;
    }

    private static void renameRelation(CommandContext ctx, Relation r, String newName) {
        if (ctx.catalog().relation(r.namespaceOid(), newName) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + newName + "\" already exists");
        }
        Relation renamed = switch (r) {
            case Table t -> t.withName(newName);
            case Index i -> i.withName(newName);
            case Sequence q -> q.withName(newName);
            case View v -> new View(v.oid(), newName, v.namespaceOid(), v.ownerOid(), v.persistence(), v.query(),
                    v.columns());
        };
        Table owner = null;
        if (r instanceof Index i && ctx.catalog().relation(i.tableOid()) instanceof Table t) {
            List<Constraint> cons = new ArrayList<>();
            for (Constraint c : t.constraints()) {
                cons.add(c.indexOid() == i.oid() ? c.withName(newName) : c);
            }
            owner = t.withConstraints(cons);
        }
        Table o = owner;
        ctx.change(c -> o == null ? c.withRelation(renamed) : c.withRelation(renamed).withRelation(o));
    }

    private static Table table(Relation r) {
        if (!(r instanceof Table t)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "renaming columns and constraints of "
                    + r.kindName() + "s is not supported yet");
        }
        return t;
    }

    private static void renameColumn(CommandContext ctx, Relation r, RenameStmt s) {
        Table t = table(r);
        Ownership.checkDescendants(ctx, t);
        Column c = t.column(s.subName());
        if (c == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + s.subName() + "\" does not exist");
        }
        if (t.column(s.newName()) != null) {
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + s.newName() + "\" of relation \""
                    + t.name() + "\" already exists");
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(c.attnum() - 1, c.withName(s.newName()));
        List<Constraint> cons = new ArrayList<>();
        for (Constraint k : t.constraints()) {
            if (k.checkExpr() != null) {
                k = new Constraint(k.oid(), k.name(), k.kind(), k.columns(), k.indexOid(),
                        SourceText.renameIdentifier(k.checkExpr(), s.subName(), s.newName()), k.foreignKey(),
                        k.deferrable(), k.initiallyDeferred(), k.validated());
            }
            cons.add(k);
        }
        Table result = t.withColumns(cols).withConstraints(cons);
        ctx.change(k -> k.withRelation(result));
    }

    private static void renameConstraint(CommandContext ctx, Relation r, RenameStmt s) {
        Table t = table(r);
        Constraint found = null;
        for (Constraint k : t.constraints()) {
            if (k.name().equals(s.newName())) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + s.newName()
                        + "\" for relation \"" + t.name() + "\" already exists");
            }
            if (k.name().equals(s.subName())) {
                found = k;
            }
        }
        if (found == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + s.subName() + "\" for table \""
                    + t.name() + "\" does not exist");
        }
        if (found.indexOid() != 0) {
            renameRelation(ctx, ctx.catalog().relation(found.indexOid()), s.newName());
            return;
        }
        List<Constraint> cons = new ArrayList<>();
        for (Constraint k : t.constraints()) {
            cons.add(k == found ? k.withName(s.newName()) : k);
        }
        Table result = t.withConstraints(cons);
        ctx.change(k -> k.withRelation(result));
    }

    private static String renameDatabase(RenameStmt s, CommandContext ctx) {
        String name = s.name().last();
        dev.olifant.catalog.Database db = ctx.cluster().database(name);
        if (db == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + name + "\" does not exist");
        }
        if (ctx.cluster().database(s.newName()) != null) {
            throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"" + s.newName() + "\" already exists");
        }
        Ownership.check(ctx.cluster(), ctx.userOid(), db.info().ownerOid(), "database", name);
        if (ctx.cluster().role(ctx.userOid()) instanceof dev.olifant.catalog.Role me && !me.superuser()
                && !me.createDb()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to rename database");
        }
        if (db.info().oid() == ctx.database().info().oid()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "current database cannot be renamed");
        }
        int others = Databases.othersAfterWaiting(ctx, name);
        if (others > 0) {
            throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + name + "\" is being accessed by other users")
                    .withDetail(others == 1 ? "There is 1 other session using the database."
                            : "There are " + others + " other sessions using the database.");
        }
        ctx.cluster().renameDatabase(name, db.info().withName(s.newName()));
        return "ALTER DATABASE";
    }

    private static String renameSchema(RenameStmt s, CommandContext ctx) {
        Namespace ns = ctx.catalog().namespace(s.name().last());
        if (ns == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.name().last() + "\" does not exist");
        }
        if (ctx.catalog().namespace(s.newName()) != null) {
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + s.newName() + "\" already exists");
        }
        Ownership.check(ctx.cluster(), ctx.userOid(), ns.ownerOid(), "schema", ns.name());
        if (s.newName().startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + s.newName() + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        Namespace renamed = new Namespace(ns.oid(), s.newName(), ns.ownerOid());
        ctx.change(c -> c.withNamespace(renamed));
        return "ALTER SCHEMA";
    }
}
