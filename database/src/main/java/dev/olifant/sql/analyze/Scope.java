package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The names visible to expressions of one query level: the FROM clause's entries, and through
 * {@code parent} those of enclosing queries (for correlated subqueries). Also records whether
 * anything was resolved in an enclosing level, which makes the current subquery correlated.
 */
final class Scope {
    private final List<RangeEntry> entries = new ArrayList<>();
    private final Scope parent;
    private int width;
    private boolean referencesOuter;
    /** Columns merged by JOIN ... USING: unqualified references resolve to these, once each. */
    private final List<String> mergedNames = new ArrayList<>();
    private final List<ColumnBinding> mergedBindings = new ArrayList<>();
    /** What an unqualified {@code *} expands to, in order (USING columns once, first). */
    private final List<ColumnBinding> starColumns = new ArrayList<>();

    /**
     * Set on a subquery's scope created above its parent level's aggregation: the parent's
     * columns are then seen through that level's GROUP BY keys.
     */
    private Grouping outerGrouping;

    /**
     * FROM items this scope may not reference: earlier items of the FROM list a non-LATERAL
     * subquery sits in, and the items inside an aliased join. Known only to word the error of a
     * reference to them.
     */
    private final List<Scope> invisible = new ArrayList<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Grouping outerGrouping() {
        return outerGrouping;
    }

    void setOuterGrouping(Grouping g) {
        outerGrouping = g;
    }

    void addInvisible(Scope hidden) {
        invisible.add(hidden);
    }

    /** Whether {@code alias} names a FROM item this scope (or an enclosing one) may not reference. */
    boolean hasInvisibleEntryNamed(String alias) {
        for (Scope s = this; s != null; s = s.parent) {
            for (Scope hidden : s.invisible) {
                if (hidden.entry(alias) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    Scope parent() {
        return parent;
    }

    List<RangeEntry> entries() {
        return entries;
    }

    int width() {
        return width;
    }

    void setWidth(int w) {
        this.width = w;
    }

    void add(RangeEntry e) {
        for (RangeEntry existing : entries) {
            if (e.alias() != null && e.alias().equals(existing.alias())) {
                throw new PgException(SqlState.DUPLICATE_ALIAS,
                        "table name \"" + e.alias() + "\" specified more than once");
            }
        }
        entries.add(e);
    }

    void addMerged(String name, ColumnBinding binding) {
        mergedNames.add(name);
        mergedBindings.add(binding);
    }

    List<String> mergedNames() {
        return mergedNames;
    }

    List<ColumnBinding> starColumns() {
        return starColumns;
    }

    boolean referencesOuter() {
        return referencesOuter;
    }

    void markOuterReference() {
        referencesOuter = true;
    }

    RangeEntry entry(String alias) {
        for (RangeEntry e : entries) {
            if (alias.equals(e.alias())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Resolves {@code [qualifier.]column}, searching this level then enclosing ones.
     *
     * @return the binding, or null when no level has it
     */
    ColumnBinding resolve(String qualifier, String column, int location) {
        int levels = 0;
        for (Scope s = this; s != null; s = s.parent, levels++) {
            ColumnBinding b = s.resolveHere(qualifier, column, location, levels);
            if (b != null) {
                if (levels > 0) {
                    for (Scope t = this; t != s; t = t.parent) {
                        t.markOuterReference();
                    }
                }
                return b;
            }
        }
        return null;
    }

    private ColumnBinding resolveHere(String qualifier, String column, int location, int levels) {
        if (qualifier != null) {
            RangeEntry e = entry(qualifier);
            if (e == null) {
                return null;
            }
            int i = e.indexOf(column);
            if (i < 0 && ColumnBinding.system(e, column, levels) != null) {
                return ColumnBinding.system(e, column, levels);
            }
            if (i < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column " + qualifier + "." + column
                        + " does not exist").withPosition(location + 1);
            }
            if (e.names().lastIndexOf(column) != i) {
                throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + column
                        + "\" is ambiguous").withPosition(location + 1);
            }
            return new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), levels);
        }
        int merged = mergedNames.indexOf(column);
        if (merged >= 0) {
            ColumnBinding b = mergedBindings.get(merged);
            return new ColumnBinding(b.entry(), b.column(), b.slot(), b.type(), b.typmod(), levels);
        }
        ColumnBinding found = null;
        for (RangeEntry e : entries) {
            int i = e.indexOf(column);
            if (i >= 0) {
                if (found != null || e.names().lastIndexOf(column) != i) {
                    throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + column
                            + "\" is ambiguous").withPosition(location + 1);
                }
                found = new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), levels);
            }
        }
        if (found == null) {
            for (RangeEntry e : entries) {
                ColumnBinding sys = ColumnBinding.system(e, column, levels);
                if (sys != null) {
                    if (found != null) {
                        throw new PgException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + column
                                + "\" is ambiguous").withPosition(location + 1);
                    }
                    found = sys;
                }
            }
        }
        return found;
    }

    /** True when an entry (at any level) is named {@code alias}: used to word "missing FROM-clause entry". */
    boolean hasEntryNamed(String alias) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.entry(alias) != null) {
                return true;
            }
        }
        return false;
    }
}
