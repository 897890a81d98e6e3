package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Index;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.CreateSchemaStmt;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RoleSpec;
import dev.olifant.sql.ast.RoleSpecKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** CREATE SCHEMA and DROP SCHEMA (with the objects in it under CASCADE). */
final class Schemas {
    private Schemas() {
    }

    static long roleOid(CommandContext ctx, RoleSpec spec) {
        if (spec.kind() == RoleSpecKind.NAME) {
            Role r = ctx.cluster().requireRole(spec.name());
            return r.oid();
        }
        if (spec.kind() == RoleSpecKind.PUBLIC) {
            throw new PgException(SqlState.RESERVED_NAME, "role name \"public\" is reserved");
        }
        return ctx.userOid();
    }

    static String create(CreateSchemaStmt s, CommandContext ctx) {
        long owner = s.authorization() == null ? ctx.userOid() : roleOid(ctx, s.authorization());
        String name = s.name() != null ? s.name() : ctx.cluster().role(owner).name();
        if (!s.elements().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CREATE SCHEMA with schema elements is not supported yet");
        }
        if (ctx.catalog().namespace(name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(CreateTable.notice(SqlState.DUPLICATE_SCHEMA, "schema \"" + name
                        + "\" already exists, skipping"));
                return "CREATE SCHEMA";
            }
            throw new PgException(SqlState.DUPLICATE_SCHEMA, "schema \"" + name + "\" already exists");
        }
        if (name.startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + name + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        Namespace ns = new Namespace(ctx.newOid(), name, owner);
        ctx.change(c -> c.withNamespace(ns));
        return "CREATE SCHEMA";
    }

    static String drop(DropStmt s, CommandContext ctx) {
        List<Namespace> targets = new ArrayList<>();
        for (QualifiedName n : s.names()) {
            Namespace ns = ctx.catalog().namespace(n.last());
            if (ns == null) {
                if (s.ifExists()) {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "schema \"" + n.last()
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + n.last() + "\" does not exist");
            }
            Ownership.check(ctx.cluster(), ctx.userOid(), ns.ownerOid(), "schema", ns.name());
            if (ns.isSystem()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + ns.name()
                        + " because it is required by the database system");
            }
            targets.add(ns);
        }
        for (Namespace ns : targets) {
            List<Relation> members = members(ctx.catalog(), ns);
            List<dev.olifant.catalog.Routine> routines = ctx.catalog().routines().all().stream()
                    .filter(r -> r.namespaceOid() == ns.oid())
                    .sorted(java.util.Comparator.comparingLong(dev.olifant.catalog.Routine::oid)).toList();
            if (!members.isEmpty() || !routines.isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (Relation r : members) {
                    lines.add(r.kindName() + " " + ns.name() + "." + r.name());
                }
                for (dev.olifant.catalog.Routine r : routines) {
                    lines.add((r.kind() == 'p' ? "procedure " : "function ") + ns.name() + "."
                            + dev.olifant.sql.analyze.RoutineLookup.signature(r.name(), r.inputTypes()));
                }
                if (s.behavior() != DropBehavior.CASCADE) {
                    StringBuilder detail = new StringBuilder();
                    for (String l : lines) {
                        detail.append(detail.isEmpty() ? "" : "\n").append(l).append(" depends on schema ")
                                .append(ns.name());
                    }
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + ns.name()
                            + " because other objects depend on it").withDetail(detail.toString())
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                if (lines.size() == 1) {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.get(0)));
                } else {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.size()
                            + " other objects").withDetail("drop cascades to " + String.join("\ndrop cascades to ",
                            lines)));
                }
            }
            ctx.change(c -> {
                Catalog out = c;
                for (Relation r : members) {
                    out = DropRelations.drop(out, r.oid());
                }
                var remaining = out.routines();
                for (dev.olifant.catalog.Routine r : routines) {
                    remaining = remaining.withoutRoutine(r.oid());
                    for (dev.olifant.catalog.Trigger t : out.routines().triggers()) {
                        if (t.functionOid() == r.oid()) {
                            remaining = remaining.withoutTrigger(t.oid());
                        }
                    }
                }
                return out.withRoutines(remaining).withoutNamespace(ns.oid());
            });
        }
        return "DROP SCHEMA";
    }

    /** The schema's objects PostgreSQL lists as dependents: not indexes, nor sequences a column owns. */
    private static List<Relation> members(Catalog cat, Namespace ns) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : cat.relations()) {
            if (r.namespaceOid() != ns.oid() || r instanceof Index
                    || r instanceof Sequence seq && seq.ownedByTable() != 0) {
                continue;
            }
            out.add(r);
        }
        out.sort(Comparator.comparingLong(Relation::oid));
        return out;
    }
}
