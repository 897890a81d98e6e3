package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
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
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DROP TABLE / VIEW / INDEX / SEQUENCE: with RESTRICT (the default) an object something else
 * depends on is not dropped (2BP01, the dependents listed in DETAIL); with CASCADE the dependents
 * go too, each announced in a NOTICE. A table takes its indexes, constraints and owned sequences
 * with it.
 */
final class DropCommands {
    private DropCommands() {
    }

    private static String word(ObjectKind k) {
        return switch (k) {
            case TABLE -> "table";
            case VIEW -> "view";
            case INDEX -> "index";
            case SEQUENCE -> "sequence";
            default -> k.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static char relkind(ObjectKind k) {
        return switch (k) {
            case TABLE -> 'r';
            case VIEW -> 'v';
            case INDEX -> 'i';
            default -> 'S';
        };
    }

    static String dropRelations(DropStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        AnalysisContext actx = ctx.analysis();
        String word = word(s.kind());
        List<Relation> targets = new ArrayList<>();
        for (QualifiedName n : s.names()) {
            Relation r;
            try {
                r = Names.findRelation(actx, n);
            } catch (PgException e) {
                if (s.ifExists() && e.state() == SqlState.INVALID_SCHEMA_NAME) {
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "schema \"" + n.qualifier()
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw e;
            }
            if (r == null) {
                if (s.ifExists()) {
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, word + " \"" + n.last()
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(s.kind() == ObjectKind.INDEX ? SqlState.UNDEFINED_OBJECT : SqlState.UNDEFINED_TABLE,
                        word + " \"" + n.last() + "\" does not exist");
            }
            if (r.kind() != relkind(s.kind())) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a" + (word.equals("index")
                        ? "n " : " ") + word).withHint("Use DROP " + r.kindName().toUpperCase(java.util.Locale.ROOT)
                                + " to remove a" + (r.kind() == 'i' ? "n " : " ") + r.kindName() + ".");
            }
            targets.add(r);
        }
        if (targets.isEmpty()) {
            return "DROP " + word.toUpperCase(java.util.Locale.ROOT);
        }
        boolean cascade = s.behavior() == DropBehavior.CASCADE;
        Map<Long, Relation> drop = new LinkedHashMap<>();
        targets.forEach(t -> drop.put(t.oid(), t));
        List<String> dependents = new ArrayList<>();
        List<Runnable> cascades = new ArrayList<>();
        for (Relation t : targets) {
            String what = t.kindName() + " " + t.name();
            if (t instanceof Table || t instanceof View) {
                for (View v : Dependencies.viewsReading(cat, actx, t.oid())) {
                    if (!drop.containsKey(v.oid())) {
                        dependents.add("view " + v.name() + " depends on " + what);
                        cascades.add(() -> drop.put(v.oid(), v));
                    }
                }
            }
            if (t instanceof Index idx) {
                Table owner = (Table) cat.relation(idx.tableOid());
                for (Constraint c : owner.constraints()) {
                    if (c.indexOid() == idx.oid() && !cascade) {
                        throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop index " + idx.name()
                                + " because constraint " + c.name() + " on table " + owner.name() + " requires it")
                                .withHint("You can drop constraint " + c.name() + " on table " + owner.name() + " instead.");
                    }
                }
            }
            if (t instanceof Sequence seq) {
                for (Dependencies.SequenceUse u : Dependencies.sequenceUses(cat, seq)) {
                    if (!drop.containsKey(u.table().oid()) && seq.ownedByTable() != u.table().oid()) {
                        dependents.add("default value for column " + u.column().name() + " of table " + u.table().name()
                                + " depends on sequence " + seq.name());
                    }
                }
            }
        }
        if (!dependents.isEmpty()) {
            if (!cascade) {
                Relation first = targets.get(0);
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + first.kindName() + " "
                        + first.name() + " because other objects depend on it").withDetail(String.join("\n", dependents))
                        .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
            }
            cascades.forEach(Runnable::run);
            List<String> msgs = new ArrayList<>();
            for (String d : dependents) {
                msgs.add("drop cascades to " + d.substring(0, d.indexOf(" depends on ")));
            }
            if (msgs.size() == 1) {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, msgs.get(0)));
            } else {
                ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + msgs.size()
                        + " other objects").withDetail(String.join("\n", msgs)));
            }
        }
        Catalog next = cat;
        for (Relation r : drop.values()) {
            next = remove(next, r);
        }
        Catalog result = next;
        ctx.change(c -> result);
        return "DROP " + word.toUpperCase(java.util.Locale.ROOT);
    }

    /** Removes a relation and what it owns (a table's indexes and owned sequences). */
    static Catalog remove(Catalog cat, Relation r) {
        Catalog next = cat.withoutRelation(r.oid());
        if (r instanceof Table t) {
            for (long idx : t.indexOids()) {
                next = next.withoutRelation(idx);
            }
            for (Relation other : cat.relations()) {
                if (other instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                    next = next.withoutRelation(seq.oid());
                }
            }
        } else if (r instanceof Index idx && next.relation(idx.tableOid()) instanceof Table owner) {
            List<Long> oids = new ArrayList<>(owner.indexOids());
            oids.remove(idx.oid());
            List<Constraint> cons = new ArrayList<>(owner.constraints());
            cons.removeIf(c -> c.indexOid() == idx.oid());
            next = next.withRelation(owner.withIndexOids(oids).withConstraints(cons));
        } else if (r instanceof Sequence seq) {
            for (Dependencies.SequenceUse u : Dependencies.sequenceUses(next, seq)) {
                Table t = (Table) next.relation(u.table().oid());
                Column c = t.column(u.column().attnum()).withDefault(null);
                List<Column> cols = new ArrayList<>(t.columns());
                cols.set(c.attnum() - 1, c);
                next = next.withRelation(t.withColumns(cols));
            }
        }
        return next;
    }

    /** DROP SCHEMA: RESTRICT refuses a schema with objects in it. */
    static String dropSchemas(DropStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        Catalog next = cat;
        for (QualifiedName n : s.names()) {
            Namespace ns = cat.namespace(n.last());
            if (ns == null) {
                if (s.ifExists()) {
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "schema \"" + n.last()
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "schema \"" + n.last() + "\" does not exist");
            }
            if (ns.isSystem()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + ns.name()
                        + " because it is required by the database system");
            }
            List<Relation> members = new ArrayList<>();
            for (Relation r : next.relations()) {
                if (r.namespaceOid() == ns.oid() && !(r instanceof Index) && !(r instanceof Sequence seq
                        && seq.ownedByTable() != 0)) {
                    members.add(r);
                }
            }
            if (!members.isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (Relation r : members) {
                    lines.add(r.kindName() + " " + ns.name() + "." + r.name());
                }
                if (s.behavior() != DropBehavior.CASCADE) {
                    List<String> detail = new ArrayList<>();
                    lines.forEach(l -> detail.add(l + " depends on schema " + ns.name()));
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + ns.name()
                            + " because other objects depend on it").withDetail(String.join("\n", detail))
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                if (lines.size() == 1) {
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.get(0)));
                } else {
                    List<String> detail = new ArrayList<>();
                    lines.forEach(l -> detail.add("drop cascades to " + l));
                    ctx.notice(Notices.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.size()
                            + " other objects").withDetail(String.join("\n", detail)));
                }
                for (Relation r : members) {
                    if (next.relation(r.oid()) != null) {
                        next = remove(next, r);
                    }
                }
            }
            next = next.withoutNamespace(ns.oid());
        }
        Catalog result = next;
        ctx.change(c -> result);
        return "DROP SCHEMA";
    }
}
