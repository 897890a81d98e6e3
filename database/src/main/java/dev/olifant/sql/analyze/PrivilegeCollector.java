package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Gathers, while a statement is analysed, the privileges it will need (PostgreSQL's parser sets
 * each range table entry's requiredPerms and checkAsUser): SELECT on every relation read, the
 * DML verb's privilege on the target, SELECT on the target only when one of its columns is read
 * (WHERE, SET, RETURNING, ON CONFLICT), UPDATE on the tables SELECT ... FOR UPDATE/SHARE locks.
 * What a view reads is recorded as checked against the view owner's rights.
 */
public final class PrivilegeCollector {
    private final List<RequiredPrivileges.Entry> entries = new ArrayList<>();
    /** Whose rights count for relations met now: 0 for the current user, else a view's owner. */
    private long asUser;
    /** The DML target whose column reads need SELECT, and the name it goes by. */
    private Relation target;
    private String targetAlias;
    /** The target of UPDATE/DELETE/MERGE, scanned as a FROM item without needing SELECT by itself. */
    private long pendingTargetScan;

    /** Requires {@code privilege} on {@code rel} for whoever's rights count now. */
    public void require(Relation rel, Acl.Privilege privilege) {
        require(rel, privilege.bit());
    }

    void require(Relation rel, int privileges) {
        if (privileges == 0) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            RequiredPrivileges.Entry e = entries.get(i);
            if (e.relation().oid() == rel.oid() && e.asUser() == asUser) {
                if ((e.privileges() | privileges) != e.privileges()) {
                    entries.set(i, new RequiredPrivileges.Entry(e.relation(), e.privileges() | privileges, asUser));
                }
                return;
            }
        }
        entries.add(new RequiredPrivileges.Entry(rel, privileges, asUser));
    }

    /** Analyses a view's query: what it reads is checked with its owner's rights. */
    <T> T asOwner(long ownerOid, Supplier<T> analysis) {
        long outer = asUser;
        asUser = ownerOid;
        try {
            return analysis.get();
        } finally {
            asUser = outer;
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
        pendingTargetScan = scannedNext ? rel.oid() : 0;
    }

    /** A column (or whole row) of the FROM entry {@code e} was referenced. */
    void columnRead(RangeEntry e) {
        if (target != null && asUser == 0 && e.tableOid() == target.oid() && Objects.equals(e.alias(), targetAlias)) {
            require(target, Acl.Privilege.SELECT.bit());
        }
    }

    /** A column of the DML target was read. */
    void targetRead() {
        if (target != null && asUser == 0) {
            require(target, Acl.Privilege.SELECT.bit());
        }
    }

    /** What the statement analysed so far needs. */
    public RequiredPrivileges result() {
        return entries.isEmpty() ? RequiredPrivileges.NONE : new RequiredPrivileges(entries);
    }
}
