package dev.olifant.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One immutable version of a database's catalog: schemas, relations and comments. Changes make
 * a new version ({@code with...}/{@code without...}); versions share nothing mutable except the
 * table data each {@link Table} points to.
 */
public final class Catalog {
    /** pg_description key: the object, the catalog it lives in, and the column (0 for none). */
    public record CommentKey(long objectOid, long classOid, int subId) {
    }

    private record NameKey(long namespaceOid, String name) {
    }

    private final Map<Long, Namespace> namespaces;
    private final Map<String, Namespace> namespacesByName;
    private final Map<Long, Relation> relations;
    private final Map<NameKey, Relation> relationsByName;
    private final Map<CommentKey, String> comments;
    private final Routines routines;
    /** Relations' access control lists (pg_class.relacl); a relation without one has the default. */
    private final Map<Long, Acl> acls;

    private Catalog(Map<Long, Namespace> namespaces, Map<String, Namespace> namespacesByName,
            Map<Long, Relation> relations, Map<NameKey, Relation> relationsByName, Map<CommentKey, String> comments,
            Routines routines, Map<Long, Acl> acls) {
        this.namespaces = namespaces;
        this.namespacesByName = namespacesByName;
        this.relations = relations;
        this.relationsByName = relationsByName;
        this.comments = comments;
        this.routines = routines;
        this.acls = acls;
    }

    public static Catalog empty() {
        return new Catalog(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Routines.EMPTY, Map.of());
    }

    /** Functions, procedures and triggers. */
    public Routines routines() {
        return routines;
    }

    public Catalog withRoutines(Routines r) {
        return new Catalog(namespaces, namespacesByName, relations, relationsByName, comments, r, acls);
    }

    /** The relation's explicit access control list, or null when it has the owner-only default. */
    public Acl acl(long relationOid) {
        return acls.get(relationOid);
    }

    public Map<Long, Acl> acls() {
        return Collections.unmodifiableMap(acls);
    }

    /** Sets (or, with null, removes) a relation's access control list. */
    public Catalog withAcl(long relationOid, Acl acl) {
        Map<Long, Acl> a = new HashMap<>(acls);
        if (acl == null) {
            a.remove(relationOid);
        } else {
            a.put(relationOid, acl);
        }
        return new Catalog(namespaces, namespacesByName, relations, relationsByName, comments, routines, a);
    }

    private Map<Long, Acl> withoutAclOf(long oid) {
        if (!acls.containsKey(oid)) {
            return acls;
        }
        Map<Long, Acl> a = new HashMap<>(acls);
        a.remove(oid);
        return a;
    }

    public Namespace namespace(long oid) {
        return namespaces.get(oid);
    }

    public Namespace namespace(String name) {
        return namespacesByName.get(name);
    }

    public Collection<Namespace> namespaces() {
        return Collections.unmodifiableCollection(namespaces.values());
    }

    public Relation relation(long oid) {
        return relations.get(oid);
    }

    public Relation relation(long namespaceOid, String name) {
        return relationsByName.get(new NameKey(namespaceOid, name));
    }

    public Collection<Relation> relations() {
        return Collections.unmodifiableCollection(relations.values());
    }

    public String comment(CommentKey key) {
        return comments.get(key);
    }

    public Map<CommentKey, String> comments() {
        return Collections.unmodifiableMap(comments);
    }

    public Catalog withNamespace(Namespace ns) {
        Map<Long, Namespace> byOid = new HashMap<>(namespaces);
        Map<String, Namespace> byName = new HashMap<>(namespacesByName);
        Namespace old = byOid.put(ns.oid(), ns);
        if (old != null) {
            byName.remove(old.name());
        }
        byName.put(ns.name(), ns);
        return new Catalog(byOid, byName, relations, relationsByName, comments, routines, acls);
    }

    public Catalog withoutNamespace(long oid) {
        Map<Long, Namespace> byOid = new HashMap<>(namespaces);
        Map<String, Namespace> byName = new HashMap<>(namespacesByName);
        Namespace old = byOid.remove(oid);
        if (old != null) {
            byName.remove(old.name());
        }
        return new Catalog(byOid, byName, relations, relationsByName, withoutCommentsOf(oid), routines, acls);
    }

    /** Adds a relation, or replaces the one with the same OID (renames included). */
    public Catalog withRelation(Relation rel) {
        Map<Long, Relation> byOid = new HashMap<>(relations);
        Map<NameKey, Relation> byName = new HashMap<>(relationsByName);
        Relation old = byOid.put(rel.oid(), rel);
        if (old != null) {
            byName.remove(new NameKey(old.namespaceOid(), old.name()));
        }
        byName.put(new NameKey(rel.namespaceOid(), rel.name()), rel);
        return new Catalog(namespaces, namespacesByName, byOid, byName, comments, routines, acls);
    }

    public Catalog withoutRelation(long oid) {
        Map<Long, Relation> byOid = new HashMap<>(relations);
        Map<NameKey, Relation> byName = new HashMap<>(relationsByName);
        Relation old = byOid.remove(oid);
        if (old != null) {
            byName.remove(new NameKey(old.namespaceOid(), old.name()));
        }
        return new Catalog(namespaces, namespacesByName, byOid, byName, withoutCommentsOf(oid),
                routines.withoutTriggersOn(oid), withoutAclOf(oid));
    }

    public Catalog withComment(CommentKey key, String text) {
        Map<CommentKey, String> c = new HashMap<>(comments);
        if (text == null) {
            c.remove(key);
        } else {
            c.put(key, text);
        }
        return new Catalog(namespaces, namespacesByName, relations, relationsByName, c, routines, acls);
    }

    private Map<CommentKey, String> withoutCommentsOf(long oid) {
        boolean any = comments.keySet().stream().anyMatch(k -> k.objectOid() == oid);
        if (!any) {
            return comments;
        }
        Map<CommentKey, String> c = new HashMap<>(comments);
        c.keySet().removeIf(k -> k.objectOid() == oid);
        return c;
    }
}
