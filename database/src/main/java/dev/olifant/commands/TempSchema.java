package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Sequence;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A session's temporary schema (PostgreSQL's InitTempTableNamespace and RemoveTempRelations):
 * {@code pg_temp_N} with its companion {@code pg_toast_temp_N}, created on the session's first
 * temporary object, emptied by DISCARD TEMP and when the session ends. The schema itself stays,
 * for the next session that gets number N, which first removes anything a crash left there.
 */
public final class TempSchema {
    private TempSchema() {
    }

    /** The session's temporary schema, created if it does not exist yet. */
    static Namespace ensure(CommandContext ctx) {
        String name = ctx.exec().services().tempNamespaceName();
        if (name == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot create temporary tables here");
        }
        Namespace ns = ctx.catalog().namespace(name);
        boolean first = ctx.exec().services().firstTempNamespaceUse();
        if (ns != null) {
            if (first && !isEmpty(ctx.catalog(), ns)) {
                ctx.change(c -> dropContents(c, ns.oid())); // left by a session that did not end cleanly
            }
            return ns;
        }
        Namespace created = new Namespace(ctx.newOid(), name, Oids.BOOTSTRAP_SUPERUSER);
        Namespace toast = new Namespace(ctx.newOid(), "pg_toast_temp_" + name.substring("pg_temp_".length()),
                Oids.BOOTSTRAP_SUPERUSER);
        ctx.change(c -> c.withNamespace(created).withNamespace(toast));
        return created;
    }

    /** Whether {@code ns} is some session's temporary schema. */
    public static boolean isTemp(Namespace ns) {
        return ns != null && ns.name().startsWith("pg_temp_");
    }

    /** DISCARD TEMP: drops every object in the session's temporary schema. */
    static String discard(CommandContext ctx) {
        String name = ctx.exec().services().tempNamespaceName();
        Namespace ns = name == null ? null : ctx.catalog().namespace(name);
        if (ns != null && !isEmpty(ctx.catalog(), ns)) {
            ctx.change(c -> dropContents(c, ns.oid()));
        }
        return "DISCARD TEMP";
    }

    /** Whether the schema holds no relation and no routine. */
    public static boolean isEmpty(Catalog cat, Namespace ns) {
        for (Relation r : cat.relations()) {
            if (r.namespaceOid() == ns.oid()) {
                return false;
            }
        }
        return cat.routines().all().stream().noneMatch(r -> r.namespaceOid() == ns.oid());
    }

    /** The catalog without the schema's relations and routines. */
    static Catalog dropContents(Catalog cat, long nsOid) {
        List<Relation> members = new ArrayList<>();
        for (Relation r : cat.relations()) {
            if (r.namespaceOid() == nsOid && !(r instanceof Index)
                    && !(r instanceof Sequence seq && seq.ownedByTable() != 0)) {
                members.add(r);
            }
        }
        members.sort(Comparator.comparingLong(Relation::oid).reversed());
        Catalog out = cat;
        for (Relation r : members) {
            out = DropRelations.drop(out, r.oid());
        }
        var remaining = out.routines();
        for (Routine r : cat.routines().all()) {
            if (r.namespaceOid() == nsOid) {
                remaining = remaining.withoutRoutine(r.oid());
                for (dev.olifant.catalog.Trigger t : out.routines().triggers()) {
                    if (t.functionOid() == r.oid()) {
                        remaining = remaining.withoutTrigger(t.oid());
                    }
                }
            }
        }
        return out.withRoutines(remaining);
    }

    /**
     * The catalog as a transaction commits it with these ON COMMIT actions applied (PostgreSQL's
     * PreCommit_on_commit_actions): tables marked DROP are dropped, those marked DELETE ROWS that
     * hold any row versions get fresh, empty storage. Tables gone already are skipped.
     */
    public static Catalog atCommit(Catalog cat, java.util.Map<Long, Boolean> dropByOid) {
        Catalog out = cat;
        for (var e : dropByOid.entrySet()) {
            if (!(out.relation(e.getKey()) instanceof dev.olifant.catalog.Table t)) {
                continue;
            }
            if (e.getValue()) {
                out = DropRelations.drop(out, t.oid());
            } else if (t.storage().heap().size() > 0) {
                dev.olifant.storage.TableStorage fresh = new dev.olifant.storage.TableStorage();
                for (long idx : t.indexOids()) {
                    dev.olifant.storage.OrderedIndex old = t.storage().index(idx);
                    if (old != null) {
                        fresh.addIndex(idx, new dev.olifant.storage.OrderedIndex(old.order(), old.hashed()));
                    }
                }
                out = out.withRelation(t.withStorage(fresh));
            }
        }
        return out;
    }

    /** Whether any of these tables needs an ON COMMIT action now. */
    public static boolean hasWork(Catalog cat, java.util.Map<Long, Boolean> dropByOid) {
        for (var e : dropByOid.entrySet()) {
            if (cat.relation(e.getKey()) instanceof dev.olifant.catalog.Table t
                    && (e.getValue() || t.storage().heap().size() > 0)) {
                return true;
            }
        }
        return false;
    }
}
