package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.AlterOwnerStmt;
import dev.olifant.sql.ast.CommentStmt;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.parser.SqlPrinter;
import java.util.ArrayList;
import java.util.List;

/** CREATE SCHEMA, CREATE VIEW, COMMENT ON, and renaming objects or changing their owner. */
final class ObjectCommands {
    private ObjectCommands() {
    }

    static long roleOid(CommandContext ctx, RoleSpec spec) {
        return switch (spec.kind()) {
            case CURRENT_USER, SESSION_USER, CURRENT_ROLE -> ctx.userOid();
            default -> ctx.cluster().requireRole(spec.name()).oid();
        };
    }

    static String createSchema(CreateSchemaStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        long owner = s.authorization() == null ? ctx.userOid() : roleOid(ctx, s.authorization());
        String name = s.name() != null ? s.name() : ctx.cluster().role(owner).name();
        if (name.startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + name + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        if (cat.namespace(name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_SCHEMA, "schema \"" + name + "\" already exists, skipping"));
                return "CREATE SCHEMA";
            }
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + name + "\" already exists");
        }
        Namespace ns = new Namespace(ctx.newOid(), name, owner);
        ctx.change(c -> c.withNamespace(ns));
        for (Statement element : s.elements()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CREATE SCHEMA with schema elements is not supported yet: "
                    + element.getClass().getSimpleName());
        }
        return "CREATE SCHEMA";
    }

    static String createView(CreateViewStmt s, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY || s.recursive()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "temporary and recursive views are not supported yet");
        }
        AnalyzedQuery q = new QueryAnalyzer(ctx.analysis()).analyze(s.query());
        Catalog cat = ctx.lockCatalog();
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        if (s.columnNames().size() > q.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "CREATE VIEW specifies more column names than columns");
        }
        List<View.ViewColumn> cols = new ArrayList<>();
        for (int i = 0; i < q.columns().size(); i++) {
            ResultColumn rc = q.columns().get(i);
            String name = i < s.columnNames().size() ? s.columnNames().get(i) : rc.name();
            for (View.ViewColumn existing : cols) {
                if (existing.name().equals(name)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
                }
            }
            cols.add(new View.ViewColumn(name, rc.type(), rc.typmod()));
        }
        Relation existing = cat.relation(ns.oid(), s.name().last());
        long oid;
        if (existing != null) {
            if (!s.orReplace() || !(existing instanceof View old)) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + s.name().last() + "\" already exists");
            }
            if (cols.size() < old.columns().size()) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
            }
            for (int i = 0; i < old.columns().size(); i++) {
                if (!old.columns().get(i).name().equals(cols.get(i).name())) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change name of view column \""
                            + old.columns().get(i).name() + "\" to \"" + cols.get(i).name() + "\"");
                }
                if (!old.columns().get(i).type().equals(cols.get(i).type())) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change data type of view column \""
                            + old.columns().get(i).name() + "\"");
                }
            }
            oid = existing.oid();
        } else {
            oid = ctx.newOid();
        }
        View v = new View(oid, s.name().last(), ns.oid(), ctx.userOid(), 'p', SqlPrinter.print(s.query()), cols);
        ctx.change(c -> c.withRelation(v));
        return "CREATE VIEW";
    }

    static String comment(CommentStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        Catalog.CommentKey key;
        switch (s.kind()) {
            case TABLE, VIEW, INDEX, SEQUENCE -> {
                Relation r = Names.relation(ctx.analysis(), s.name());
                key = new Catalog.CommentKey(r.oid(), Oids.PG_CLASS, 0);
            }
            case COLUMN -> {
                var parts = s.name().parts();
                if (parts.size() < 2) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "column name must be qualified");
                }
                var tableName = new dev.olifant.sql.ast.QualifiedName(parts.subList(0, parts.size() - 1),
                        s.name().location());
                Relation r = Names.relation(ctx.analysis(), tableName);
                int attnum;
                if (r instanceof Table t) {
                    attnum = AlterTableCommands.column(t, s.name().last()).attnum();
                } else if (r instanceof View v) {
                    attnum = 0;
                    for (int i = 0; i < v.columns().size(); i++) {
                        if (v.columns().get(i).name().equals(s.name().last())) {
                            attnum = i + 1;
                        }
                    }
                    if (attnum == 0) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + s.name().last()
                                + "\" of relation \"" + v.name() + "\" does not exist");
                    }
                } else {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a table");
                }
                key = new Catalog.CommentKey(r.oid(), Oids.PG_CLASS, attnum);
            }
            case SCHEMA -> {
                Namespace ns = cat.namespace(s.name().last());
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.name().last() + "\" does not exist");
                }
                key = new Catalog.CommentKey(ns.oid(), Oids.PG_NAMESPACE, 0);
            }
            case CONSTRAINT -> {
                Table t = Names.table(ctx.analysis(), s.name());
                Constraint con = t.constraints().stream().filter(c -> c.name().equals(s.constraintName())).findFirst()
                        .orElseThrow(() -> new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + s.constraintName()
                                + "\" for table \"" + t.name() + "\" does not exist"));
                key = new Catalog.CommentKey(con.oid(), Oids.PG_CONSTRAINT, 0);
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COMMENT ON " + s.kind()
                    + " is not supported yet");
        }
        String text = s.comment() == null || s.comment().isEmpty() ? null : s.comment();
        Catalog.CommentKey k = key;
        ctx.change(c -> c.withComment(k, text));
        return "COMMENT";
    }

    static String rename(RenameStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        if (s.kind() == ObjectKind.SCHEMA) {
            Namespace ns = cat.namespace(s.name().last());
            if (ns == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "schema \"" + s.name().last() + "\" does not exist");
            }
            if (cat.namespace(s.newName()) != null) {
                throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + s.newName() + "\" already exists");
            }
            ctx.change(c -> c.withNamespace(new Namespace(ns.oid(), s.newName(), ns.ownerOid())));
            return "ALTER SCHEMA";
        }
        Relation r = Names.findRelation(ctx.analysis(), s.name());
        String tag = "ALTER " + (s.relationKind() == null ? "TABLE" : s.relationKind().name());
        if (r == null) {
            if (s.ifExists()) {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + s.name().last()
                        + "\" does not exist, skipping"));
                return tag;
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + s.name().last() + "\" does not exist");
        }
        if (s.kind() == ObjectKind.COLUMN) {
            Table t = (Table) r;
            Column c = AlterTableCommands.column(t, s.subName());
            if (t.column(s.newName()) != null) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + s.newName() + "\" of relation \"" + t.name()
                        + "\" already exists");
            }
            List<Column> cols = new ArrayList<>(t.columns());
            cols.set(c.attnum() - 1, c.withName(s.newName()));
            Table updated = t.withColumns(cols);
            ctx.change(cc -> cc.withRelation(updated));
            return tag;
        }
        if (s.kind() == ObjectKind.CONSTRAINT) {
            Table t = (Table) r;
            List<Constraint> cons = new ArrayList<>();
            boolean found = false;
            for (Constraint c : t.constraints()) {
                if (c.name().equals(s.subName())) {
                    found = true;
                    cons.add(c.withName(s.newName()));
                } else {
                    cons.add(c);
                }
            }
            if (!found) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + s.subName() + "\" for table \""
                        + t.name() + "\" does not exist");
            }
            Table updated = t.withConstraints(cons);
            ctx.change(cc -> cc.withRelation(updated));
            return tag;
        }
        if (cat.relation(r.namespaceOid(), s.newName()) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + s.newName() + "\" already exists");
        }
        Relation renamed = switch (r) {
            case Table t -> t.withName(s.newName());
            case Index i -> i.withName(s.newName());
            case Sequence q -> q.withName(s.newName());
            case View v -> new View(v.oid(), s.newName(), v.namespaceOid(), v.ownerOid(), v.persistence(), v.query(),
                    v.columns());
        };
        ctx.change(c -> c.withRelation(renamed));
        return tag;
    }

    static String alterOwner(AlterOwnerStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        Role role = ctx.cluster().role(roleOid(ctx, s.owner()));
        switch (s.kind()) {
            case SCHEMA -> {
                Namespace ns = cat.namespace(s.name().last());
                if (ns == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "schema \"" + s.name().last() + "\" does not exist");
                }
                ctx.change(c -> c.withNamespace(new Namespace(ns.oid(), ns.name(), role.oid())));
                return "ALTER SCHEMA";
            }
            case DATABASE -> {
                var db = ctx.cluster().database(s.name().last());
                if (db == null) {
                    throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + s.name().last()
                            + "\" does not exist");
                }
                db.setInfo(db.info().withOwner(role.oid()));
                return "ALTER DATABASE";
            }
            default -> {
                Relation r = Names.relation(ctx.analysis(), s.name());
                Relation changed = switch (r) {
                    case Table t -> t.withOwner(role.oid());
                    case View v -> new View(v.oid(), v.name(), v.namespaceOid(), role.oid(), v.persistence(), v.query(),
                            v.columns());
                    case Sequence q -> new Sequence(q.oid(), q.name(), q.namespaceOid(), role.oid(), q.persistence(),
                            q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), q.ownedByTable(),
                            q.ownedByColumn(), q.data());
                    case Index i -> i;
                };
                ctx.change(c -> c.withRelation(changed));
                return "ALTER " + s.kind().name();
            }
        }
    }
}
