package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Gathers, while a statement is analysed, the privileges it will need (PostgreSQL's parser sets
 * each range table entry's requiredPerms and checkAsUser): SELECT on every relation read, the
 * DML verb's privilege on the target, SELECT on the target only when one of its columns is read
 * (WHERE, SET, RETURNING, ON CONFLICT), UPDATE on the tables SELECT ... FOR UPDATE/SHARE locks.
 * What a view reads is recorded as checked against the view owner's rights.
 *
 * <p>The order decides which relation an error names when several are denied, and follows
 * PostgreSQL's: views themselves first, then the relations of the statement's own level, then
 * each subquery's in turn, a subquery's own before those of the subqueries inside it (the
 * planner appends a pulled-up subquery's flattened range table after its parent's).
 */
public final class PrivilegeCollector {
    /** One query level: its own entries, then its subqueries in the order they were met. */
    private static final class Level {
        final Level parent;
        final List<RequiredPrivileges.Entry> own = new ArrayList<>();
        final List<Level> children = new ArrayList<>();

        Level(Level parent) {
            this.parent = parent;
        }

        void flatten(List<RequiredPrivileges.Entry> out) {
            out.addAll(own);
            children.forEach(c -> c.flatten(out));
        }
    }

    private final Level root = new Level(null);
    private Level level = root;
    /** Whose rights count for relations met now: 0 for the current user, else a view's owner. */
    private long asUser;
    /** The DML target whose column reads need SELECT, the name it goes by and the level it belongs to. */
    private Relation target;
    private String targetAlias;
    private Level targetLevel;
    /** The target of UPDATE/DELETE/MERGE, scanned as a FROM item without needing SELECT by itself. */
    private long pendingTargetScan;

    /** Requires {@code privilege} on {@code rel} for whoever's rights count now. */
    public void require(Relation rel, Acl.Privilege privilege) {
        require(rel, privilege.bit());
    }

    void require(Relation rel, int privileges) {
        merge(level, rel, privileges, asUser);
    }

    private static void merge(Level into, Relation rel, int privileges, long asUser) {
        if (privileges == 0) {
            return;
        }
        List<RequiredPrivileges.Entry> own = into.own;
        for (int i = 0; i < own.size(); i++) {
            RequiredPrivileges.Entry e = own.get(i);
            if (e.relation().oid() == rel.oid() && e.asUser() == asUser) {
                if ((e.privileges() | privileges) != e.privileges()) {
                    own.set(i, new RequiredPrivileges.Entry(e.relation(), e.privileges() | privileges, asUser));
                }
                return;
            }
        }
        own.add(new RequiredPrivileges.Entry(rel, privileges, asUser));
    }

    /** Analyses a view's query: what it reads is checked with its owner's rights, after the view itself. */
    <T> T asOwner(long ownerOid, Supplier<T> analysis) {
        long outer = asUser;
        asUser = ownerOid;
        try {
            return nested(analysis);
        } finally {
            asUser = outer;
        }
    }

    /** Analyses a subquery (FROM, sublink, WITH, set operation branch, INSERT's source) one level deeper. */
    <T> T nested(Supplier<T> analysis) {
        Level outer = level;
        level = new Level(outer);
        outer.children.add(level);
        try {
            return analysis.get();
        } finally {
            level = outer;
        }
    }

    /** A relation read as a FROM item: SELECT, except for the DML target's own scan. */
    void scanned(Relation rel) {
        if (pendingTargetScan == rel.oid() && asUser == 0) {
            pendingTargetScan = 0;
            return;
        }
        require(rel, Acl.Privilege.SELECT.bit());
    }

    /**
     * The target of INSERT, UPDATE, DELETE or MERGE, named {@code alias}: it needs
     * {@code privileges}, and SELECT once a column of it is read. With {@code scannedNext} the
     * next FROM item of this relation is the target's own scan.
     */
    void target(Relation rel, String alias, int privileges, boolean scannedNext) {
        require(rel, privileges);
        target = rel;
        targetAlias = alias;
        targetLevel = level;
        pendingTargetScan = scannedNext ? rel.oid() : 0;
    }

    /** The target's FROM item has been planned: later scans of its relation read it. */
    void targetScanned() {
        pendingTargetScan = 0;
    }

    /** A column (or whole row) of the FROM entry {@code e} was referenced. */
    void columnRead(RangeEntry e) {
        if (target != null && asUser == 0 && e.tableOid() == target.oid() && Objects.equals(e.alias(), targetAlias)) {
            requireTargetSelect();
        }
    }

    /** A column of the DML target was read. */
    void targetRead() {
        if (target != null && asUser == 0) {
            requireTargetSelect();
        }
    }

    /** SELECT on the target, merged into its own entry (the target's range table entry in PostgreSQL). */
    private void requireTargetSelect() {
        merge(targetLevel, target, Acl.Privilege.SELECT.bit(), 0);
    }

    /** What the statement analysed so far needs, in checking order. */
    public RequiredPrivileges result() {
        List<RequiredPrivileges.Entry> all = new ArrayList<>();
        root.flatten(all);
        if (all.isEmpty()) {
            return RequiredPrivileges.NONE;
        }
        all.sort(Comparator.comparingInt(e -> e.relation().kind() == 'v' ? 0 : 1));
        return new RequiredPrivileges(all);
    }
}
