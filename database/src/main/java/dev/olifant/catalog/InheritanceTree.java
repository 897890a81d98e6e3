package dev.olifant.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reading a catalog version's table inheritance (pg_inherits for INHERITS): a table's direct
 * children and every table below it, as PostgreSQL's find_inheritance_children and
 * find_all_inheritors list them (children in OID order, breadth first, each table once).
 */
public final class InheritanceTree {
    private InheritanceTree() {
    }

    /** The tables that inherit directly from {@code parent}, in OID order. */
    public static List<Table> children(Catalog catalog, Table parent) {
        List<Table> out = new ArrayList<>();
        for (Relation r : catalog.relations()) {
            if (r instanceof Table t && t.partitioning() != null && t.partitioning().inhParents().contains(parent.oid())) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparingLong(Table::oid));
        return out;
    }

    public static boolean hasChildren(Catalog catalog, Table parent) {
        for (Relation r : catalog.relations()) {
            if (r instanceof Table t && t.partitioning() != null && t.partitioning().inhParents().contains(parent.oid())) {
                return true;
            }
        }
        return false;
    }

    /** Every table below {@code parent} (not itself), breadth first. */
    public static List<Table> descendants(Catalog catalog, Table parent) {
        Set<Long> seen = new LinkedHashSet<>();
        List<Table> out = new ArrayList<>();
        List<Table> level = List.of(parent);
        seen.add(parent.oid());
        while (!level.isEmpty()) {
            List<Table> next = new ArrayList<>();
            for (Table t : level) {
                for (Table c : children(catalog, t)) {
                    if (seen.add(c.oid())) {
                        out.add(c);
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /** The tables {@code t} inherits from directly, in inhseqno order (missing ones skipped). */
    public static List<Table> parents(Catalog catalog, Table t) {
        List<Table> out = new ArrayList<>();
        if (t.partitioning() != null) {
            for (long oid : t.partitioning().inhParents()) {
                if (catalog.relation(oid) instanceof Table p) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
