package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.system.SystemView;
import dev.olifant.catalog.system.SystemViews;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import dev.olifant.sql.parser.Parser;
import dev.olifant.sql.parser.SqlPrinter;
import java.util.List;
import java.util.function.Supplier;

/** Name lookups for the reg* types against the session's current catalog and search_path. */
final class CatalogRegLookup implements RegLookup {
    private final Cluster cluster;
    private final Supplier<Catalog> catalog;
    private final Supplier<List<Long>> searchPath;

    CatalogRegLookup(Cluster cluster, Supplier<Catalog> catalog, Supplier<List<Long>> searchPath) {
        this.cluster = cluster;
        this.catalog = catalog;
        this.searchPath = searchPath;
    }

    @Override
    public List<Long> partitionAncestors(long oid) {
        Catalog cat = catalog.get();
        List<Long> out = new java.util.ArrayList<>();
        if (!(cat.relation(oid) instanceof dev.olifant.catalog.Table t) || !t.isPartition() && !t.isPartitioned()) {
            return out;
        }
        for (dev.olifant.catalog.Table x = t; x != null; x = dev.olifant.catalog.PartitionTree.parent(cat, x)) {
            out.add(x.oid());
        }
        return out;
    }

    @Override
    public List<Object[]> partitionTree(long oid) {
        Catalog cat = catalog.get();
        List<Object[]> out = new java.util.ArrayList<>();
        if (cat.relation(oid) instanceof dev.olifant.catalog.Table t && (t.isPartition() || t.isPartitioned())) {
            addTree(cat, t, 0, 0, out);
        }
        return out;
    }

    private static void addTree(Catalog cat, dev.olifant.catalog.Table t, long parent, int level, List<Object[]> out) {
        out.add(new Object[] {t.oid(), parent == 0 ? null : parent, !t.isPartitioned(), level});
        for (dev.olifant.catalog.Table p : dev.olifant.catalog.PartitionTree.partitions(cat, t)) {
            addTree(cat, p, t.oid(), level + 1, out);
        }
    }

    @Override
    public String nameOf(PgType regType, long oid) {
        Catalog cat = catalog.get();
        if (regType == Types.REGCLASS) {
            Relation r = cat.relation(oid);
            if (r == null) {
                SystemView v = SystemViews.byOid(oid);
                return v == null ? null : systemViewName(v);
            }
            Relation visible = null;
            for (long ns : searchPath.get()) {
                visible = cat.relation(ns, r.name());
                if (visible != null) {
                    break;
                }
            }
            if (visible != null && visible.oid() == r.oid()) {
                return quote(r.name());
            }
            Namespace ns = cat.namespace(r.namespaceOid());
            return quote(ns.name()) + "." + quote(r.name());
        }
        if (regType == Types.REGTYPE) {
            PgType t = Types.byOid((int) oid);
            return t == null ? null : Typmods.format(t, -1);
        }
        if (regType == Types.REGPROC) {
            var user = cat.routines().routine(oid);
            if (user != null) {
                boolean visible = searchPath.get().contains(user.namespaceOid());
                Namespace ns = cat.namespace(user.namespaceOid());
                return visible || ns == null ? quote(user.name()) : quote(ns.name()) + "." + quote(user.name());
            }
            return dev.olifant.catalog.system.Procs.nameOf(oid);
        }
        if (regType == Types.REGNAMESPACE) {
            Namespace ns = cat.namespace(oid);
            return ns == null ? null : quote(ns.name());
        }
        if (regType == Types.REGROLE) {
            Role r = cluster.role(oid);
            return r == null ? null : quote(r.name());
        }
        return null;
    }

    @Override
    public long oidOf(PgType regType, String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(t);
        }
        Catalog cat = catalog.get();
        if (regType == Types.REGCLASS) {
            List<String> parts = splitName(t);
            if (parts.size() == 2) {
                Namespace ns = cat.namespace(parts.get(0));
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + parts.get(0) + "\" does not exist");
                }
                Relation r = cat.relation(ns.oid(), parts.get(1));
                if (r != null) {
                    return r.oid();
                }
            } else {
                for (long ns : searchPath.get()) {
                    Relation r = cat.relation(ns, parts.get(0));
                    if (r != null) {
                        return r.oid();
                    }
                }
            }
            SystemView v = parts.size() == 2 ? SystemViews.find(parts.get(0), parts.get(1))
                    : SystemViews.find("pg_catalog", parts.get(0));
            if (v != null) {
                return v.oid();
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + t + "\" does not exist");
        }
        if (regType == Types.REGTYPE) {
            PgType type = Types.byName(t);
            if (type == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + t + "\" does not exist");
            }
            return type.oid();
        }
        if (regType == Types.REGNAMESPACE) {
            Namespace ns = cat.namespace(splitName(t).get(0));
            if (ns == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "schema \"" + t + "\" does not exist");
            }
            return ns.oid();
        }
        if (regType == Types.REGROLE) {
            Role r = cluster.role(splitName(t).get(0));
            if (r == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + t + "\" does not exist");
            }
            return r.oid();
        }
        if (regType == Types.REGPROC) {
            return procOid(t, catalog.get(), searchPath.get());
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "input of type " + regType.name() + " by name is not supported yet");
    }

    /** regproc input: every function is in pg_catalog, so a name must be unique there. */
    private static long procOid(String text, Catalog cat, List<Long> path) {
        List<String> parts = splitName(text);
        String name = parts.get(parts.size() - 1);
        List<Long> schemas = parts.size() == 2 ? (cat.namespace(parts.get(0)) == null ? List.of()
                : List.of(cat.namespace(parts.get(0)).oid())) : path;
        List<dev.olifant.catalog.Routine> user = new java.util.ArrayList<>();
        for (long ns : schemas) {
            user.addAll(cat.routines().named(ns, name));
        }
        if (user.size() == 1 && dev.olifant.catalog.system.Procs.oidsNamed(name).isEmpty()) {
            return user.get(0).oid();
        }
        if (user.size() > 1) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"" + text + "\"");
        }
        if (parts.size() == 2 && !parts.get(0).equals("pg_catalog")) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function \"" + text + "\" does not exist");
        }
        List<Long> oids = dev.olifant.catalog.system.Procs.oidsNamed(name);
        if (oids.isEmpty()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function \"" + text + "\" does not exist");
        }
        if (oids.size() > 1) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"" + text + "\"");
        }
        return oids.get(0);
    }

    /** A system relation's name: bare when found through the search path, else qualified. */
    private String systemViewName(SystemView v) {
        if (v.schema().equals("pg_catalog")) {
            for (long ns : searchPath.get()) {
                if (ns == dev.olifant.catalog.Oids.PG_CATALOG_NAMESPACE) {
                    return quote(v.name());
                }
                if (catalog.get().relation(ns, v.name()) != null) {
                    break;
                }
            }
        }
        return quote(v.schema()) + "." + quote(v.name());
    }

    /** quote_ident. */
    static String quote(String name) {
        return SqlPrinter.quoteIdentifier(name);
    }

    private static List<String> splitName(String s) {
        return Parser.parseNameList(s);
    }
}
