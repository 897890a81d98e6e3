package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AlterDefaultPrivilegesStmt;
import dev.olifant.sql.ast.GrantRoleStmt;
import dev.olifant.sql.ast.GrantStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.Privilege;
import dev.olifant.sql.ast.RoleOption;
import java.util.List;

/** Printing of roles and privileges: role options, GRANT / REVOKE, ALTER DEFAULT PRIVILEGES. */
abstract class AccessPrinter extends DdlPrinter {

    final void roleOptions(List<RoleOption> options) {
        if (!options.isEmpty()) {
            w(" WITH");
        }
        for (RoleOption o : options) {
            w(" ");
            switch (o.kind()) {
                case SUPERUSER, CREATEDB, CREATEROLE, INHERIT, LOGIN, REPLICATION, BYPASSRLS ->
                    w(o.enabled() ? "" : "NO").w(o.kind().name());
                case CONNECTION_LIMIT -> w("CONNECTION LIMIT ").w(o.value());
                case PASSWORD -> {
                    w("PASSWORD ");
                    if (o.value() == null) {
                        w("NULL");
                    } else {
                        string(o.value());
                    }
                }
                case ENCRYPTED_PASSWORD -> {
                    w("ENCRYPTED PASSWORD ");
                    string(o.value());
                }
                case VALID_UNTIL -> {
                    w("VALID UNTIL ");
                    string(o.value());
                }
                case IN_ROLE -> {
                    w("IN ROLE ");
                    identList(o.roles());
                }
                case ROLE -> {
                    w("ROLE ");
                    identList(o.roles());
                }
                case ADMIN -> {
                    w("ADMIN ");
                    identList(o.roles());
                }
                case SYSID -> w("SYSID ").w(o.value());
            }
        }
    }

    final void grant(GrantStmt g) {
        w(g.grant() ? "GRANT " : "REVOKE ");
        if (!g.grant() && g.grantOption()) {
            w("GRANT OPTION FOR ");
        }
        privilegeTarget(g, true);
        w(g.grant() ? " TO " : " FROM ");
        for (int i = 0; i < g.grantees().size(); i++) {
            w(i > 0 ? ", " : "");
            roleSpec(g.grantees().get(i));
        }
        if (g.grant() && g.grantOption()) {
            w(" WITH GRANT OPTION");
        }
        if (g.grantedBy() != null) {
            w(" GRANTED BY ");
            roleSpec(g.grantedBy());
        }
        behavior(g.behavior());
    }

    private void privilegeTarget(GrantStmt g, boolean withObjects) {
        if (g.privileges().isEmpty()) {
            w("ALL PRIVILEGES");
        }
        for (int i = 0; i < g.privileges().size(); i++) {
            w(i > 0 ? ", " : "");
            Privilege p = g.privileges().get(i);
            w(upper(p.name()));
            if (!p.columns().isEmpty()) {
                w(" (");
                identList(p.columns());
                w(")");
            }
        }
        w(" ON ");
        if (!withObjects) {
            w(switch (g.targetKind()) {
                case TABLE -> "TABLES";
                case SEQUENCE -> "SEQUENCES";
                case FUNCTION -> "FUNCTIONS";
                case TYPE -> "TYPES";
                default -> "SCHEMAS";
            });
            return;
        }
        if (g.allInSchema()) {
            w("ALL ").w(g.targetKind() == ObjectKind.TABLE ? "TABLES" : g.targetKind() == ObjectKind.SEQUENCE
                    ? "SEQUENCES" : "FUNCTIONS").w(" IN SCHEMA ");
        } else {
            w(g.targetKind().name()).w(" ");
        }
        for (int i = 0; i < g.objects().size(); i++) {
            w(i > 0 ? ", " : "");
            name(g.objects().get(i));
            if (!g.functionArgs().isEmpty()) {
                w("(");
                typeList(g.functionArgs().get(i));
                w(")");
            }
        }
    }

    final void grantRole(GrantRoleStmt g) {
        w(g.grant() ? "GRANT " : "REVOKE ");
        if (!g.grant() && g.adminOption()) {
            w("ADMIN OPTION FOR ");
        }
        identList(g.roles());
        w(g.grant() ? " TO " : " FROM ");
        for (int i = 0; i < g.grantees().size(); i++) {
            w(i > 0 ? ", " : "");
            roleSpec(g.grantees().get(i));
        }
        if (g.grant() && g.adminOption()) {
            w(" WITH ADMIN OPTION");
        }
        if (g.grantedBy() != null) {
            w(" GRANTED BY ");
            roleSpec(g.grantedBy());
        }
        behavior(g.behavior());
    }

    final void alterDefaultPrivileges(AlterDefaultPrivilegesStmt a) {
        w("ALTER DEFAULT PRIVILEGES");
        if (!a.forRoles().isEmpty()) {
            w(" FOR ROLE ");
            identList(a.forRoles());
        }
        if (!a.inSchemas().isEmpty()) {
            w(" IN SCHEMA ");
            identList(a.inSchemas());
        }
        GrantStmt g = a.action();
        w(g.grant() ? " GRANT " : " REVOKE ");
        if (!g.grant() && g.grantOption()) {
            w("GRANT OPTION FOR ");
        }
        privilegeTarget(g, false);
        w(g.grant() ? " TO " : " FROM ");
        for (int i = 0; i < g.grantees().size(); i++) {
            w(i > 0 ? ", " : "");
            roleSpec(g.grantees().get(i));
        }
        if (g.grant() && g.grantOption()) {
            w(" WITH GRANT OPTION");
        }
        behavior(g.behavior());
    }
}
