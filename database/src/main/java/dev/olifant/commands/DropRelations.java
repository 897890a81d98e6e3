package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** DROP TABLE / INDEX / SEQUENCE / VIEW: the relation and what it owns (indexes, owned sequences, comments). */
final class DropRelations {
    private DropRelations() {
    }

    static String execute(DropStmt s, CommandContext ctx) {
        char kind = switch (s.kind()) {
            case TABLE -> 'r';
            case INDEX -> 'i';
            case SEQUENCE -> 'S';
            case VIEW -> 'v';
            default -> throw new IllegalArgumentException(s.kind().name());
        };
        String word = s.kind().name().toLowerCase(java.util.Locale.ROOT);
        List<Relation> targets = new ArrayList<>();
        for (QualifiedName n : s.names()) {
            Relation r = Names.findRelation(ctx.analysis(), n);
            if (r == null) {
                if (s.ifExists()) {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION,
                            word + " \"" + n + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(kind == 'i' ? SqlState.UNDEFINED_OBJECT : SqlState.UNDEFINED_TABLE,
                        word + " \"" + n + "\" does not exist");
            }
            if ((r.kind() == 'p' ? 'r' : r.kind()) != kind) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + n.last() + "\" is not " + article(word))
                        .withHint("Use DROP " + r.kindName().toUpperCase(java.util.Locale.ROOT) + " to remove "
                                + article(r.kindName()) + ".");
            }
            Ownership.checkDropRelation(ctx, r);
            if (r instanceof Index idx) {
                Relation owner = ctx.catalog().relation(idx.tableOid());
                if (owner instanceof Table t) {
                    for (Constraint c : t.constraints()) {
                        if (c.indexOid() == idx.oid()) {
                            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop index "
                                    + idx.name() + " because constraint " + c.name() + " on table " + t.name()
                                    + " requires it").withHint("You can drop constraint " + c.name() + " on table "
                                    + t.name() + " instead.");
                        }
                    }
                }
            }
            if (r instanceof Index idx) {
                Catalog cat = ctx.catalog();
                List<ForeignKeyDeps.Dependent> users = ForeignKeyDeps.referencing(cat, idx.tableOid(), java.util.Set.of(),
                        c -> ForeignKeyDeps.usesIndex(cat, c, idx.oid()));
                ForeignKeyDeps.checkOrNotice(ctx, users, s.behavior(), "index " + idx.name(), "index " + idx.name());
                if (!users.isEmpty()) {
                    ctx.change(k -> ForeignKeyDeps.drop(k, users));
                }
            }
            PartitionLocks.forDrop(ctx, r);
            targets.add(r);
        }
        for (Relation r : targets) {
            if (ctx.catalog().relation(r.oid()) == null) {
                continue;
            }
            List<dev.olifant.catalog.View> dependents = new ArrayList<>();
            for (dev.olifant.catalog.View v : Dependencies.allViewsReading(ctx, ctx.catalog(), r.oid())) {
                if (targets.stream().noneMatch(t -> t.oid() == v.oid())) {
                    dependents.add(v);
                }
            }
            java.util.Set<Long> targetOids = new java.util.HashSet<>();
            targets.forEach(t -> targetOids.add(t.oid()));
            List<Table> inheritors = r instanceof Table rt ? Inheritance.forDrop(ctx, rt, targetOids,
                    s.behavior() == dev.olifant.sql.ast.DropBehavior.CASCADE) : List.of();
            List<ForeignKeyDeps.Dependent> fks = r instanceof Table
                    ? ForeignKeyDeps.referencing(ctx.catalog(), r.oid(), targetOids, c -> true) : List.of();
            if (!dependents.isEmpty() || !fks.isEmpty()) {
                // dependents in creation order, as PostgreSQL's dependency scan usually reports them
                java.util.TreeMap<Long, String[]> byOid = new java.util.TreeMap<>();
                for (ForeignKeyDeps.Dependent d : fks) {
                    byOid.put(d.constraint().oid(), new String[] {d.describe(),
                        d.describe() + " depends on " + r.kindName() + " " + r.name()});
                }
                for (dev.olifant.catalog.View v : dependents) {
                    byOid.put(v.oid(), new String[] {"view " + described(ctx, v),
                        "view " + described(ctx, v) + " depends on " + dependedOn(ctx, v, r, dependents)});
                }
                List<String> lines = new ArrayList<>();
                List<String> detail = new ArrayList<>();
                for (String[] e : byOid.values()) {
                    lines.add(e[0]);
                    detail.add(e[1]);
                }
                if (s.behavior() != dev.olifant.sql.ast.DropBehavior.CASCADE) {
                    throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + r.kindName() + " "
                            + r.name() + " because other objects depend on it").withDetail(String.join("\n", detail))
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                ForeignKeyDeps.cascadeNotice(ctx, lines);
            }
            ctx.change(cat -> {
                Catalog out = cat;
                for (dev.olifant.catalog.View v : dependents) {
                    out = out.withoutRelation(v.oid());
                }
                for (Table child : inheritors) {
                    out = drop(out, child.oid());
                }
                return drop(ForeignKeyDeps.drop(out, fks), r.oid());
            });
        }
        return "DROP " + s.kind().name();
    }

    /** What {@code v} depends on among the dropped relation and the other dependents, as "kind name". */
    private static String dependedOn(CommandContext ctx, dev.olifant.catalog.View v, Relation root,
            List<dev.olifant.catalog.View> dependents) {
        if (Dependencies.viewsReading(ctx, ctx.catalog(), root.oid()).contains(v)) {
            return root.kindName() + " " + root.name();
        }
        for (dev.olifant.catalog.View d : dependents) {
            if (Dependencies.viewsReading(ctx, ctx.catalog(), d.oid()).contains(v)) {
                return "view " + described(ctx, d);
            }
        }
        return root.kindName() + " " + root.name();
    }

    /**
     * A relation's name as PostgreSQL's getObjectDescription gives it: schema-qualified when the
     * search path would not find this relation under its bare name.
     */
    private static String described(CommandContext ctx, Relation r) {
        Relation found;
        try {
            found = Names.findRelation(ctx.analysis(), new QualifiedName(r.name(), 0));
        } catch (RuntimeException e) {
            found = null;
        }
        if (found != null && found.oid() == r.oid()) {
            return r.name();
        }
        dev.olifant.catalog.Namespace ns = ctx.catalog().namespace(r.namespaceOid());
        return ns == null ? r.name() : ns.name() + "." + r.name();
    }

    private static String article(String word) {
        return (word.startsWith("i") ? "an " : "a ") + word;
    }

    /** The catalog without relation {@code oid} and the objects it owns. */
    static Catalog drop(Catalog cat, long oid) {
        Relation r = cat.relation(oid);
        if (r == null) {
            return cat;
        }
        Catalog out = cat;
        if (r instanceof Table t) {
            for (Table part : dev.olifant.catalog.PartitionTree.partitions(cat, t)) {
                out = drop(out, part.oid());
            }
            for (long idx : t.indexOids()) {
                out = out.withoutRelation(idx);
            }
            for (Relation other : cat.relations()) {
                if (other instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                    out = out.withoutRelation(seq.oid());
                }
            }
        } else if (r instanceof Index idx && out.relation(idx.tableOid()) instanceof Table t) {
            for (Table part : dev.olifant.catalog.PartitionTree.partitions(cat, t)) {
                for (var link : part.partitioning().indexParents().entrySet()) {
                    if (link.getValue() == idx.oid()) {
                        out = drop(out, link.getKey());
                    }
                }
            }
            t = (Table) out.relation(t.oid());
            List<Long> rest = new ArrayList<>(t.indexOids());
            rest.remove(idx.oid());
            Table without = t.withIndexOids(rest);
            if (without.partitioning() != null) {
                without = without.withPartitioning(without.partitioning().withIndexParent(idx.oid(), 0));
            }
            out = out.withRelation(without);
        }
        return out.withoutRelation(oid);
    }
}
