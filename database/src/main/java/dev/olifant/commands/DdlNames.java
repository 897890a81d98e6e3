package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Table;
import java.util.List;

/**
 * PostgreSQL's naming of implicit objects (ChooseRelationName / ChooseConstraintName):
 * {@code <table>_<columns>_<suffix>}, truncated to 63 bytes, with a number appended until the
 * name is free ({@code t_a_key}, {@code t_a_key1}, ...).
 */
final class DdlNames {
    static final int NAMEDATALEN = 63;

    private DdlNames() {
    }

    /** A relation name free in the namespace. */
    static String relationName(Catalog cat, long namespaceOid, String table, String columns, String suffix,
            List<String> taken) {
        for (int n = 0;; n++) {
            String candidate = compose(table, columns, suffix + (n == 0 ? "" : Integer.toString(n)));
            if (cat.relation(namespaceOid, candidate) == null && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A constraint name free on the table (and, for index-backed ones, as a relation name). */
    static String constraintName(Table table, List<Constraint> pending, String columns, String suffix) {
        for (int n = 0;; n++) {
            String candidate = compose(table.name(), columns, suffix + (n == 0 ? "" : Integer.toString(n)));
            boolean used = false;
            for (Constraint c : table.constraints()) {
                used |= c.name().equals(candidate);
            }
            for (Constraint c : pending) {
                used |= c.name().equals(candidate);
            }
            if (!used) {
                return candidate;
            }
        }
    }

    static String compose(String table, String columns, String suffix) {
        String t = table;
        String c = columns == null ? "" : columns;
        int overhead = suffix.length() + 1 + (c.isEmpty() ? 0 : 1);
        while (t.length() + c.length() + overhead > NAMEDATALEN) {
            if (t.length() > c.length()) {
                t = t.substring(0, t.length() - 1);
            } else {
                c = c.substring(0, c.length() - 1);
            }
        }
        return c.isEmpty() ? t + "_" + suffix : t + "_" + c + "_" + suffix;
    }
}
