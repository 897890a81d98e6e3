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
            if (r.kind() != kind) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + n.last() + "\" is not " + article(word))
                        .withHint("Use DROP " + r.kindName().toUpperCase(java.util.Locale.ROOT) + " to remove "
                                + article(r.kindName()) + ".");
            }
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
            targets.add(r);
        }
        for (Relation r : targets) {
            ctx.change(cat -> drop(cat, r.oid()));
        }
        return "DROP " + s.kind().name();
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
            for (long idx : t.indexOids()) {
                out = out.withoutRelation(idx);
            }
            for (Relation other : cat.relations()) {
                if (other instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                    out = out.withoutRelation(seq.oid());
                }
            }
        } else if (r instanceof Index idx && out.relation(idx.tableOid()) instanceof Table t) {
            List<Long> rest = new ArrayList<>(t.indexOids());
            rest.remove(idx.oid());
            out = out.withRelation(t.withIndexOids(rest));
        }
        return out.withoutRelation(oid);
    }
}
