package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.InheritanceTree;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.PartitionRouting;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PartitionAppend;
import dev.olifant.exec.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a table with inheritance children is read without ONLY (PostgreSQL's
 * expand_inherited_rtentry): an append of the table's own rows and those of every table below
 * it, each child's columns matched to the parent's by name. Temporary children of other sessions
 * are left out, as their rows live in those sessions alone.
 */
final class InheritScans {
    private InheritScans() {
    }

    /** Whether reading {@code t} without ONLY reads other tables too. */
    static boolean expands(Catalog catalog, Table t, boolean only) {
        return !only && !t.isPartitioned()
                && (InheritanceTree.hasChildren(catalog, t) || InheritancePins.pinned(t.oid()) != null);
    }

    /** The tables a scan of {@code parent} reads: itself, then its visible descendants. */
    static List<Table> members(Catalog catalog, Table parent, List<Long> searchPath) {
        List<Table> out = new ArrayList<>();
        List<Long> pinned = InheritancePins.pinned(parent.oid());
        if (pinned != null) {
            for (long oid : pinned) {
                if (catalog.relation(oid) instanceof Table t) {
                    out.add(t);
                }
            }
            return out;
        }
        out.add(parent);
        for (Table c : InheritanceTree.descendants(catalog, parent)) {
            if (c.persistence() == 't' && !searchPath.contains(c.namespaceOid())) {
                continue;
            }
            if (!c.isPartitioned()) {
                out.add(c);
            }
        }
        return out;
    }

    static PlanNode scan(AnalysisContext ctx, Table parent, String alias, int offset, int width,
            List<Expression> pushed, PlannerCosts costs) {
        Catalog catalog = ctx.catalog();
        List<PartitionAppend.Child> children = new ArrayList<>();
        for (Table t : members(catalog, parent, ctx.searchPath())) {
            checkTypes(parent, t);
            if (t.oid() == parent.oid() || PartitionRouting.sameLayout(parent, t)) {
                children.add(new PartitionAppend.Child(t,
                        AccessPaths.scan(catalog, t, alias, offset, width, pushed, costs), null));
            } else {
                int w = t.columns().size() + 1;
                children.add(new PartitionAppend.Child(t, AccessPaths.scan(catalog, t, alias, 0, w, List.of(), costs),
                        PartitionAppend.map(parent, t)));
            }
        }
        return new PartitionAppend(parent, alias, children, offset, width, AccessPaths.and(pushed));
    }

    /** A child's column must have its parent's type (PostgreSQL's make_inh_translation_list). */
    private static void checkTypes(Table parent, Table child) {
        for (Column c : parent.columns()) {
            if (c.dropped()) {
                continue;
            }
            Column k = child.column(c.name());
            if (k == null) {
                throw new PgException(SqlState.INTERNAL_ERROR, "could not find inherited attribute \"" + c.name()
                        + "\" of relation \"" + child.name() + "\"");
            }
            if (!k.type().equals(c.type()) || k.typmod() != c.typmod()) {
                throw new PgException(SqlState.INTERNAL_ERROR, "attribute \"" + c.name() + "\" of relation \""
                        + child.name() + "\" does not match parent's type");
            }
        }
    }
}
