package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import java.util.ArrayList;
import java.util.List;

/**
 * search_path resolved against a catalog: the schemas to search in order (pg_catalog first unless
 * the path names it elsewhere; schemas that do not exist are skipped) and the one CREATE uses.
 */
record SearchPath(List<Long> schemas, long creationSchema, List<String> explicit) {

    static SearchPath resolve(String setting, String user, Catalog catalog) {
        return resolve(setting, user, catalog, null);
    }

    /**
     * With the session's temporary schema {@code tempName} (when it exists): searched where the
     * path names {@code pg_temp}, else first of all, as PostgreSQL's recomputeNamespacePath does;
     * it never becomes the creation schema of objects not declared temporary.
     */
    static SearchPath resolve(String setting, String user, Catalog catalog, String tempName) {
        List<String> names = new ArrayList<>();
        for (String part : splitList(setting)) {
            names.add(part.equals("$user") ? user : part);
        }
        List<Long> oids = new ArrayList<>();
        Namespace temp = tempName == null ? null : catalog.namespace(tempName);
        if (temp != null && !names.contains("pg_temp")) {
            oids.add(temp.oid());
        }
        if (!names.contains("pg_catalog")) {
            oids.add(Oids.PG_CATALOG_NAMESPACE);
        }
        long creation = 0;
        for (String n : names) {
            if (n.equals("pg_temp")) {
                if (temp != null && !oids.contains(temp.oid())) {
                    oids.add(temp.oid());
                }
                continue;
            }
            Namespace ns = catalog.namespace(n);
            if (ns != null && !oids.contains(ns.oid())) {
                oids.add(ns.oid());
                if (creation == 0 && ns.oid() != Oids.PG_CATALOG_NAMESPACE) {
                    creation = ns.oid();
                }
            }
        }
        return new SearchPath(oids, creation, names);
    }

    /** Splits a comma-separated identifier list, honouring double quotes. */
    static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                    any = true;
                }
            } else if (c == ',' && !quoted) {
                out.add(any ? cur.toString() : cur.toString().trim().toLowerCase(java.util.Locale.ROOT));
                cur.setLength(0);
                any = false;
            } else if (quoted || !Character.isWhitespace(c)) {
                cur.append(c);
            }
        }
        if (cur.length() > 0 || any) {
            out.add(any ? cur.toString() : cur.toString().trim().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
