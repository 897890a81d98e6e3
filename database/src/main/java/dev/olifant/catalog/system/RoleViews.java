package dev.olifant.catalog.system;

import static dev.olifant.catalog.system.Values.ch;

import dev.olifant.catalog.Database;
import dev.olifant.catalog.DatabaseInfo;
import dev.olifant.catalog.Membership;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Role;
import java.util.ArrayList;
import java.util.List;

/** The cluster-wide catalogs: roles, memberships, databases, tablespaces and their descriptions. */
final class RoleViews {
    static final long PG_DEFAULT_TABLESPACE = 1663;
    static final long PG_GLOBAL_TABLESPACE = 1664;
    static final long PG_SHDESCRIPTION = 2396;
    /** The comments initdb puts on the databases it creates. */
    private RoleViews() {
    }

    static List<SystemView> all() {
        return List.of(
                CatalogView.of("pg_authid", 1260, Specs.PG_AUTHID, RoleViews::authid),
                CatalogView.of("pg_roles", 12000, Specs.PG_ROLES, RoleViews::roles),
                CatalogView.of("pg_user", 12014, Specs.PG_USER, RoleViews::users),
                CatalogView.of("pg_auth_members", 1261, Specs.PG_AUTH_MEMBERS, RoleViews::members),
                CatalogView.of("pg_database", 1262, Specs.PG_DATABASE, RoleViews::databases),
                CatalogView.of("pg_tablespace", 1213, Specs.PG_TABLESPACE, RoleViews::tablespaces),
                CatalogView.of("pg_shdescription", PG_SHDESCRIPTION, Specs.PG_SHDESCRIPTION, RoleViews::shdescriptions),
                CatalogView.empty("pg_db_role_setting", 2964, Specs.PG_DB_ROLE_SETTING),
                CatalogView.of("pg_settings", 12104, Specs.PG_SETTINGS, RoleViews::settings));
    }

    private static List<Role> sortedRoles(SystemContext ctx) {
        return ClassViews.sorted(ctx.cluster().roles(), Role::oid);
    }

    private static List<Object[]> authid(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Role r : sortedRoles(ctx)) {
            rows.add(new Object[] {r.oid(), r.name(), r.superuser(), r.inherit(), r.createRole(), r.createDb(),
                r.canLogin(), r.replication(), r.bypassRls(), r.connectionLimit(), r.password(), r.validUntil()});
        }
        return rows;
    }

    private static List<Object[]> roles(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Role r : sortedRoles(ctx)) {
            rows.add(new Object[] {r.name(), r.superuser(), r.inherit(), r.createRole(), r.createDb(), r.canLogin(),
                r.replication(), r.connectionLimit(), "********", r.validUntil(), r.bypassRls(), null, r.oid()});
        }
        return rows;
    }

    private static List<Object[]> users(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Role r : sortedRoles(ctx)) {
            if (r.canLogin()) {
                rows.add(new Object[] {r.name(), r.oid(), r.createDb(), r.superuser(), r.replication(), r.bypassRls(),
                    "********", r.validUntil(), null});
            }
        }
        return rows;
    }

    private static List<Object[]> members(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Membership m : ctx.cluster().memberships()) {
            rows.add(new Object[] {m.roleOid(), m.memberOid(), m.grantorOid(), m.adminOption()});
        }
        return rows;
    }

    private static List<Object[]> databases(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Database d : ClassViews.sorted(ctx.cluster().databases(), db -> db.info().oid())) {
            DatabaseInfo i = d.info();
            Object acl = null;
            if (i.oid() == Oids.TEMPLATE0_DATABASE || i.oid() == Oids.TEMPLATE1_DATABASE) {
                String owner = Names.role(ctx, i.ownerOid());
                acl = Values.aclArray("=c/" + owner, owner + "=CTc/" + owner);
            }
            rows.add(new Object[] {i.oid(), i.name(), i.ownerOid(), encodingId(i.encoding()), ch('c'), i.isTemplate(),
                i.allowConnections(), i.connectionLimit(), 0L, 1L, PG_DEFAULT_TABLESPACE, i.collate(), i.ctype(),
                null, null, acl});
        }
        return rows;
    }

    /** PostgreSQL's encoding number (pg_database.encoding) for an encoding name. */
    static int encodingId(String name) {
        return switch (name) {
            case "SQL_ASCII" -> 0;
            case "LATIN1" -> 8;
            default -> 6;
        };
    }

    private static List<Object[]> tablespaces(SystemContext ctx) {
        return List.of(
                new Object[] {PG_DEFAULT_TABLESPACE, "pg_default", Oids.BOOTSTRAP_SUPERUSER, null, null},
                new Object[] {PG_GLOBAL_TABLESPACE, "pg_global", Oids.BOOTSTRAP_SUPERUSER, null, null});
    }

    private static List<Object[]> shdescriptions(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Database d : ClassViews.sorted(ctx.cluster().databases(), db -> db.info().oid())) {
            String text = d.info().comment();
            if (text != null) {
                rows.add(new Object[] {d.info().oid(), Oids.PG_DATABASE, text});
            }
        }
        return rows;
    }

    private static List<Object[]> settings(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        List<SettingInfo> all = new ArrayList<>(ctx.settings());
        all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        for (SettingInfo s : all) {
            rows.add(new Object[] {s.name(), s.setting(), s.unit(), s.category(), s.shortDesc(), null, s.context(),
                s.vartype(), s.source(), s.minVal(), s.maxVal(),
                s.enumVals() == null ? null : Values.textArray(s.enumVals()), s.bootVal(), s.resetVal(), null, null,
                false});
        }
        return rows;
    }
}
