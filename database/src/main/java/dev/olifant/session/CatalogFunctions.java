package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.catalog.system.Definitions;
import dev.olifant.catalog.system.Descriptions;
import dev.olifant.catalog.system.Procs;
import dev.olifant.catalog.system.Sizes;
import dev.olifant.catalog.system.SystemContext;
import dev.olifant.catalog.system.SystemView;
import dev.olifant.catalog.system.SystemViews;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import dev.olifant.types.func.Invokable;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog inquiry functions psql and drivers call (pg_table_is_visible, format_type,
 * pg_get_userbyid, obj_description, ...), evaluated against the session's current catalog.
 */
final class CatalogFunctions {
    private CatalogFunctions() {
    }

    /** The call, or null when {@code name} is not one of these functions. */
    static Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location) {
        int n = args.size();
        PgType o = Types.OID;
        PgType t = Types.TEXT;
        PgType b = Types.BOOL;
        PgType i4 = Types.INT4;
        return switch (name) {
            case "pg_table_is_visible" -> n == 1 ? call(name, b, args, ctx, location, List.of(o),
                    (s, a) -> tableVisible(s, (Long) a[0])) : null;
            case "pg_type_is_visible" -> n == 1 ? call(name, b, args, ctx, location, List.of(o),
                    (s, a) -> Types.byOid((int) (long) (Long) a[0]) == null ? null : true) : null;
            case "pg_function_is_visible" -> n == 1 ? call(name, b, args, ctx, location, List.of(o),
                    (s, a) -> Procs.byOid((Long) a[0]) != null ? Boolean.TRUE : routineVisible(s, (Long) a[0])) : null;
            case "pg_get_function_result" -> n == 1 ? call(name, t, args, ctx, location, List.of(o),
                    (s, a) -> Procs.byOid((Long) a[0]) != null ? Procs.byOid((Long) a[0]).result()
                            : routine(s, (Long) a[0]) == null ? null
                            : dev.olifant.catalog.system.RoutineRows.result(routine(s, (Long) a[0]))) : null;
            case "pg_get_function_arguments", "pg_get_function_identity_arguments" -> n == 1 ? call(name, t, args,
                    ctx, location, List.of(o), (s, a) -> Procs.byOid((Long) a[0]) != null
                            ? Procs.byOid((Long) a[0]).arguments() : routine(s, (Long) a[0]) == null ? null
                            : dev.olifant.catalog.system.RoutineRows.arguments(routine(s, (Long) a[0]),
                                    name.equals("pg_get_function_identity_arguments"))) : null;
            case "pg_get_triggerdef" -> n == 1 || n == 2 ? call(name, t, args, ctx, location, types(n, o, b),
                    (s, a) -> {
                        var tr = s.catalog().routines().trigger((Long) a[0]);
                        return tr == null ? null : dev.olifant.catalog.system.RoutineRows.triggerDef(s.catalog(),
                                n == 2 && Boolean.TRUE.equals(a[1]) ? s.searchPath() : List.of(), tr);
                    }) : null;
            case "pg_operator_is_visible", "pg_collation_is_visible",
                    "pg_conversion_is_visible", "pg_opclass_is_visible", "pg_opfamily_is_visible",
                    "pg_ts_config_is_visible", "pg_statistics_obj_is_visible" -> n == 1
                    ? call(name, b, args, ctx, location, List.of(o), (s, a) -> otherVisible(name, (Long) a[0])) : null;
            case "pg_get_userbyid" -> n == 1 ? call(name, Types.NAME, args, ctx, location, List.of(o),
                    (s, a) -> userById(s, (Long) a[0])) : null;
            case "format_type" -> n == 2 ? lenient(name, t, args, ctx, location, List.of(o, i4),
                    (s, a) -> formatType((Long) a[0], (Integer) a[1])) : null;
            case "pg_get_expr" -> n == 2 || n == 3 ? call(name, t, args, ctx, location, types(n, t, o, b),
                    (s, a) -> Definitions.expression(s.catalog(), s.searchPath(), (String) a[0])) : null;
            case "pg_get_indexdef" -> n == 1 || n == 3 ? call(name, t, args, ctx, location, types(n, o, i4, b),
                    (s, a) -> indexDef(s, (Long) a[0], n == 1 ? 0 : (Integer) a[1], n == 3 && Boolean.TRUE.equals(a[2])))
                    : null;
            case "pg_get_constraintdef" -> n == 1 || n == 2 ? call(name, t, args, ctx, location, types(n, o, b),
                    (s, a) -> constraintDef(s, (Long) a[0], n == 2 && Boolean.TRUE.equals(a[1]))) : null;
            case "pg_get_partkeydef" -> n == 1 ? call(name, t, args, ctx, location, List.of(o),
                    (s, a) -> Definitions.partKeyDef(s.catalog(), (Long) a[0])) : null;
            case "pg_get_viewdef" -> n == 1 || n == 2 ? viewDef(name, args, ctx, location) : null;
            case "pg_get_ruledef", "pg_get_function_sqlbody",
                    "pg_get_statisticsobjdef_columns", "pg_get_statisticsobjdef" -> n == 1 || n == 2
                    ? call(name, t, args, ctx, location, types(n, o, b), (s, a) -> null) : null;
            // psql calls this set-returning function in a select list (IN (SELECT
            // pg_partition_ancestors(x) UNION ALL VALUES (x))), which the analyzer evaluates as a
            // scalar: the relation itself when it is in a partition tree, else NULL. (In FROM it is
            // the set-returning function of the types layer.)
            case "pg_partition_ancestors" -> n == 1 ? call(name, Types.REGCLASS, args, ctx, location,
                    List.of(Types.REGCLASS), (s, a) -> s.catalog().relation((Long) a[0]) instanceof Table tb
                            && (tb.isPartition() || tb.isPartitioned()) ? a[0] : null) : null;
            case "getdatabaseencoding" -> n == 0 ? call(name, Types.NAME, args, ctx, location, List.of(),
                    (s, a) -> s.database().info().encoding()) : null;
            case "pg_encoding_to_char" -> n == 1 ? call(name, Types.NAME, args, ctx, location, List.of(i4),
                    (s, a) -> encodingName((Integer) a[0])) : null;
            case "pg_char_to_encoding" -> n == 1 ? call(name, i4, args, ctx, location, List.of(Types.NAME),
                    (s, a) -> encodingId((String) a[0])) : null;
            case "pg_tablespace_location" -> n == 1 ? call(name, t, args, ctx, location, List.of(o),
                    (s, a) -> "") : null;
            case "pg_relation_is_publishable" -> n == 1 ? call(name, b, args, ctx, location, List.of(Types.REGCLASS),
                    (s, a) -> s.catalog().relation((Long) a[0]) instanceof Table tb && tb.persistence() == 'p') : null;
            case "obj_description" -> n == 1 || n == 2 ? call(name, t, args, ctx, location, types(n, o, Types.NAME),
                    (s, a) -> objDescription(s, (Long) a[0], n == 2 ? (String) a[1] : null)) : null;
            case "col_description" -> n == 2 ? call(name, t, args, ctx, location, List.of(o, i4),
                    (s, a) -> Descriptions.of(s.catalog(), (Long) a[0], Oids.PG_CLASS, (Integer) a[1]))
                    : null;
            case "shobj_description" -> n == 2 ? call(name, t, args, ctx, location, List.of(o, Types.NAME),
                    (s, a) -> "pg_database".equals(a[1]) && s.cluster().database((Long) a[0]) != null
                            ? s.cluster().database((Long) a[0]).info().comment() : null) : null;
            case "current_schemas" -> n == 1 ? call(name, Types.NAME_ARRAY, args, ctx, location, List.of(b),
                    (s, a) -> currentSchemas(s, (Boolean) a[0])) : null;
            case "pg_size_pretty" -> n == 1 ? sizePretty(args, ctx, location) : null;
            case "pg_table_size", "pg_relation_size", "pg_total_relation_size", "pg_indexes_size" -> n == 1
                    || n == 2 && name.equals("pg_relation_size") ? call(name, Types.INT8, args, ctx, location,
                    types(n, Types.REGCLASS, t), (s, a) -> relationSize(name, s, (Long) a[0])) : null;
            case "pg_database_size" -> n == 1 ? databaseSize(name, args, ctx, location) : null;
            case "has_table_privilege", "has_schema_privilege", "has_database_privilege", "has_sequence_privilege",
                    "has_column_privilege", "has_function_privilege" -> privilege(name, args, ctx, location);
            case "pg_has_role" -> RoleFunctions.pgHasRole(args, ctx, location);
            default -> null;
        };
    }

    private static List<PgType> types(int n, PgType... all) {
        return List.of(all).subList(0, n);
    }

    interface CatalogFn {
        Object apply(SystemContext ctx, Object[] args);
    }

    static SystemContext system(EvalContext c) {
        return ((ExecContext) c).services().systemContext();
    }

    /** A strict call whose arguments are coerced to {@code want}. */
    static Expression call(String name, PgType result, List<Expression> args, AnalysisContext ctx, int location,
            List<PgType> want, CatalogFn fn) {
        return build(name, result, args, ctx, location, want, fn, true);
    }

    private static Expression lenient(String name, PgType result, List<Expression> args, AnalysisContext ctx,
            int location, List<PgType> want, CatalogFn fn) {
        return build(name, result, args, ctx, location, want, fn, false);
    }

    private static Expression build(String name, PgType result, List<Expression> args, AnalysisContext ctx,
            int location, List<PgType> want, CatalogFn fn, boolean strict) {
        Expression[] a = new Expression[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ExpressionAnalysis.coerce(ctx, args.get(i), want.get(i), -1, location);
        }
        Invokable inv = (c, v) -> fn.apply(system(c), v);
        return new Call(name, inv, a, strict, false, result, -1);
    }

    private static boolean isText(Expression e) {
        PgType t = e.type();
        return t == Types.TEXT || t == Types.NAME || t == Types.UNKNOWN || t == Types.VARCHAR || t == Types.BPCHAR;
    }

    private static Object tableVisible(SystemContext s, long oid) {
        Catalog cat = s.catalog();
        Relation r = cat.relation(oid);
        if (r != null) {
            return Definitions.visible(cat, s.searchPath(), r);
        }
        SystemView v = SystemViews.byOid(oid);
        if (v == null) {
            return null;
        }
        long ns = v.schema().equals("pg_catalog") ? Oids.PG_CATALOG_NAMESPACE : Oids.INFORMATION_SCHEMA_NAMESPACE;
        for (long p : s.searchPath()) {
            if (p == ns) {
                return true;
            }
            if (cat.relation(p, v.name()) != null) {
                return false;
            }
        }
        return false;
    }

    private static Object otherVisible(String name, long oid) {
        if (name.equals("pg_collation_is_visible")) {
            return oid == 100 || oid == 950 || oid == 951 ? true : null;
        }
        return null;
    }

    private static Object userById(SystemContext s, long oid) {
        Role r = s.cluster().role(oid);
        return r == null ? "unknown (OID=" + oid + ")" : r.name();
    }

    /** format_type: NULL type OID gives NULL, an unknown OID gives "???", a NULL typmod the bare name. */
    static Object formatType(Long oid, Integer typmod) {
        if (oid == null) {
            return null;
        }
        PgType type = Types.byOid((int) (long) oid);
        if (type == null) {
            return "???";
        }
        return typmod == null ? Typmods.formatName(type) : Typmods.format(type, typmod);
    }

    private static Object indexDef(SystemContext s, long oid, int column, boolean pretty) {
        return s.catalog().relation(oid) instanceof Index i ? Definitions.indexDef(s.catalog(), s.searchPath(), i, column, pretty)
                : null;
    }

    private static Object constraintDef(SystemContext s, long oid, boolean pretty) {
        Catalog cat = s.catalog();
        for (Relation r : cat.relations()) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    if (c.oid() == oid) {
                        String def = Definitions.constraintDef(cat, s.searchPath(), t, c, pretty);
                        String check = pretty && c.checkExpr() != null ? CheckDeparse.pretty(t, c.checkExpr()) : null;
                        if (check == null) {
                            return def;
                        }
                        String written = "CHECK (" + Definitions.bare(c.checkExpr()) + ")";
                        return def.startsWith(written) ? "CHECK (" + check + ")" + def.substring(written.length()) : def;
                    }
                }
            }
        }
        throw new PgException(SqlState.INTERNAL_ERROR, "cache lookup failed for constraint " + oid);
    }

    private static Expression viewDef(String name, List<Expression> args, AnalysisContext ctx, int location) {
        boolean byName = isText(args.get(0)) && args.get(0).type() != Types.UNKNOWN;
        List<PgType> want = new ArrayList<>();
        want.add(byName ? Types.REGCLASS : Types.OID);
        if (args.size() == 2) {
            want.add(args.get(1).type() == Types.INT4 ? Types.INT4 : Types.BOOL);
        }
        return call(name, Types.TEXT, args, ctx, location, want, (s, a) -> {
            return s.catalog().relation((Long) a[0]) instanceof View v ? Definitions.viewDef(v) : null;
        });
    }

    private static Expression databaseSize(String name, List<Expression> args, AnalysisContext ctx, int location) {
        boolean byName = isText(args.get(0));
        return call(name, Types.INT8, args, ctx, location, List.of(byName ? Types.NAME : Types.OID), (s, a) -> {
            dev.olifant.catalog.Database db = byName ? s.cluster().database((String) a[0])
                    : s.cluster().database((Long) a[0]);
            if (db == null) {
                throw new PgException(SqlState.INVALID_CATALOG_NAME, byName
                        ? "database \"" + a[0] + "\" does not exist" : "database with OID " + a[0] + " does not exist");
            }
            return Sizes.database(db.committed());
        });
    }

    static String encodingName(int id) {
        return switch (id) {
            case 0 -> "SQL_ASCII";
            case 6 -> "UTF8";
            case 8 -> "LATIN1";
            default -> "";
        };
    }

    private static int encodingId(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "")) {
            case "SQLASCII" -> 0;
            case "UTF8", "UNICODE" -> 6;
            case "LATIN1" -> 8;
            default -> -1;
        };
    }

    private static Object objDescription(SystemContext s, long oid, String catalog) {
        Catalog cat = s.catalog();
        if (catalog == null) {
            return Descriptions.ofAnyCatalog(cat, oid);
        }
        SystemView v = SystemViews.find("pg_catalog", catalog);
        return v == null ? null : Descriptions.of(cat, oid, v.oid(), 0);
    }

    private static Object currentSchemas(SystemContext s, boolean implicit) {
        List<Object> names = new ArrayList<>();
        for (long ns : s.searchPath()) {
            if (!implicit && ns == Oids.PG_CATALOG_NAMESPACE) {
                continue;
            }
            names.add(s.catalog().namespace(ns).name());
        }
        return ArrayValue.oneDimensional(Types.NAME, names.toArray());
    }

    private static Object relationSize(String name, SystemContext s, long oid) {
        Catalog cat = s.catalog();
        Relation r = cat.relation(oid);
        if (r == null) {
            return null;
        }
        return switch (name) {
            case "pg_relation_size" -> Sizes.relation(r);
            case "pg_indexes_size" -> Sizes.indexes(cat, r);
            case "pg_total_relation_size" -> Sizes.relation(r) + Sizes.indexes(cat, r);
            default -> Sizes.relation(r);
        };
    }

    /** pg_size_pretty(bigint) and pg_size_pretty(numeric). */
    private static Expression sizePretty(List<Expression> args, AnalysisContext ctx, int location) {
        boolean numeric = args.get(0).type() == Types.NUMERIC;
        return call("pg_size_pretty", Types.TEXT, args, ctx, location, List.of(numeric ? Types.NUMERIC : Types.INT8),
                (s, a) -> Sizes.pretty(numeric ? (java.math.BigDecimal) a[0]
                        : java.math.BigDecimal.valueOf((Long) a[0])));
    }

    /**
     * has_*_privilege with (object, privilege) or (role, object, privilege). Olifant has no GRANT
     * yet, so privileges are the defaults: superusers and owners hold every privilege, and everyone
     * may connect to databases, create temporary tables, use the predefined schemas and read the
     * system catalogs.
     */
    private static Expression privilege(String name, List<Expression> args, AnalysisContext ctx, int location) {
        int n = args.size();
        boolean column = name.equals("has_column_privilege");
        int objectArgs = column ? 2 : 1;
        if (n != objectArgs + 1 && n != objectArgs + 2) {
            return null;
        }
        boolean withRole = n == objectArgs + 2;
        List<PgType> want = new ArrayList<>();
        if (withRole) {
            want.add(isText(args.get(0)) ? Types.NAME : Types.OID);
        }
        Expression object = args.get(withRole ? 1 : 0);
        PgType objectType = switch (name) {
            case "has_table_privilege", "has_sequence_privilege", "has_column_privilege" -> Types.REGCLASS;
            default -> isText(object) ? Types.TEXT : Types.OID;
        };
        want.add(objectType);
        if (column) {
            want.add(isText(args.get(withRole ? 2 : 1)) ? Types.TEXT : Types.INT2);
        }
        want.add(Types.TEXT);
        return call(name, Types.BOOL, args, ctx, location, want, (s, a) -> {
            long role = s.userOid();
            if (withRole) {
                Role r = a[0] instanceof String rn ? s.cluster().role(rn) : s.cluster().role((Long) a[0]);
                if (r == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + a[0] + "\" does not exist");
                }
                role = r.oid();
            }
            Object obj = a[withRole ? 1 : 0];
            String privs = ((String) a[a.length - 1]).toUpperCase(java.util.Locale.ROOT);
            return hasPrivilege(s, name, role, obj, privs);
        });
    }

    private static boolean hasPrivilege(SystemContext s, String name, long roleOid, Object obj, String privs) {
        Role role = s.cluster().role(roleOid);
        if (role != null && role.superuser()) {
            return true;
        }
        List<Long> roles = role == null ? List.of(roleOid)
                : dev.olifant.sql.analyze.RequiredPrivileges.privilegeRoles(s.cluster(), role);
        Catalog cat = s.catalog();
        switch (name) {
            case "has_database_privilege" -> {
                dev.olifant.catalog.Database db = obj instanceof String dn ? s.cluster().database(dn)
                        : s.cluster().database((Long) obj);
                if (db == null) {
                    throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + obj + "\" does not exist");
                }
                return roles.contains(db.info().ownerOid()) || !privs.contains("CREATE");
            }
            case "has_schema_privilege" -> {
                dev.olifant.catalog.Namespace ns = obj instanceof String sn ? cat.namespace(sn)
                        : cat.namespace((Long) obj);
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + obj + "\" does not exist");
                }
                return roles.contains(ns.ownerOid()) || ns.isSystem() && !privs.contains("CREATE")
                        || ns.oid() == Oids.PUBLIC_NAMESPACE && !privs.contains("CREATE");
            }
            case "has_function_privilege" -> {
                return true;
            }
            default -> {
                Relation r = cat.relation((Long) obj);
                if (r == null) {
                    return SystemViews.byOid((Long) obj) != null && privs.trim().equals("SELECT");
                }
                if (name.equals("has_sequence_privilege") || role == null) {
                    return roles.contains(r.ownerOid());
                }
                return hasTablePrivilege(s, r, role, privs, name.equals("has_column_privilege"));
            }
        }
    }

    /**
     * has_table_privilege and has_column_privilege (column privileges are not kept, so the
     * table's decide): true when any privilege listed is held, through the table's ACL as
     * statements are checked; {@code WITH GRANT OPTION} asks for the grant option, which an owner
     * always has.
     */
    private static boolean hasTablePrivilege(SystemContext s, Relation r, Role role, String privs, boolean column) {
        List<Long> roles = dev.olifant.sql.analyze.RequiredPrivileges.privilegeRoles(s.cluster(), role);
        boolean any = false;
        for (String item : privs.split(",")) {
            String p = item.strip();
            boolean grantOption = p.endsWith(" WITH GRANT OPTION");
            if (grantOption) {
                p = p.substring(0, p.length() - " WITH GRANT OPTION".length()).strip();
            }
            dev.olifant.catalog.Acl.Privilege priv = null;
            for (var candidate : dev.olifant.catalog.Acl.Privilege.values()) {
                if (candidate.name().equals(p) && (!column || List.of("SELECT", "INSERT", "UPDATE", "REFERENCES")
                        .contains(p))) {
                    priv = candidate;
                }
            }
            if (priv == null) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized privilege type: \"" + p + "\"");
            }
            if (grantOption) {
                var acl = s.catalog().acl(r.oid());
                any |= roles.contains(r.ownerOid())
                        || acl != null && (acl.grantOptionsOf(roles) & priv.bit()) != 0;
            } else {
                any |= dev.olifant.sql.analyze.RequiredPrivileges.held(s.catalog(), r, roles, priv.bit()) != 0;
            }
        }
        return any;
    }

    private static dev.olifant.catalog.Routine routine(dev.olifant.catalog.system.SystemContext s, long oid) {
        return s.catalog().routines().routine(oid);
    }

    /** A user-defined function is visible when no schema before its own on the search path has one of its signature. */
    private static Boolean routineVisible(dev.olifant.catalog.system.SystemContext s, long oid) {
        var r = routine(s, oid);
        if (r == null) {
            return null;
        }
        for (long ns : s.searchPath()) {
            if (ns == r.namespaceOid()) {
                return true;
            }
            for (var other : s.catalog().routines().named(ns, r.name())) {
                if (other.inputTypes().equals(r.inputTypes())) {
                    return false;
                }
            }
        }
        return false;
    }
}
