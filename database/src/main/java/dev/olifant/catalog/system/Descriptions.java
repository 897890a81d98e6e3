package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import java.util.HashMap;
import java.util.Map;

/** obj_description and col_description: the catalog's comments, then PostgreSQL's built-in descriptions. */
public final class Descriptions {
    private static final Map<Catalog.CommentKey, String> BUILTIN = index();

    private Descriptions() {
    }

    private static Map<Catalog.CommentKey, String> index() {
        Map<Catalog.CommentKey, String> m = new HashMap<>();
        for (Object[] r : ConstraintViews.BUILTIN_DESCRIPTIONS) {
            m.put(new Catalog.CommentKey((Long) r[0], (Long) r[1], (Integer) r[2]), (String) r[3]);
        }
        return m;
    }

    public static String of(Catalog cat, long objectOid, long classOid, int subId) {
        Catalog.CommentKey key = new Catalog.CommentKey(objectOid, classOid, subId);
        String c = cat.comment(key);
        return c != null ? c : BUILTIN.get(key);
    }

    /** obj_description(oid): a description of the object in any catalog. */
    public static String ofAnyCatalog(Catalog cat, long objectOid) {
        for (var e : cat.comments().entrySet()) {
            if (e.getKey().objectOid() == objectOid && e.getKey().subId() == 0) {
                return e.getValue();
            }
        }
        for (var e : BUILTIN.entrySet()) {
            if (e.getKey().objectOid() == objectOid && e.getKey().subId() == 0) {
                return e.getValue();
            }
        }
        return null;
    }
}
