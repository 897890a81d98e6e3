package dev.olifant.sql.parser;

import dev.olifant.sql.ast.AlterDefaultPrivilegesStmt;
import dev.olifant.sql.ast.GrantRoleStmt;
import dev.olifant.sql.ast.GrantStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.Privilege;
import dev.olifant.sql.ast.RoleOption;
import dev.olifant.sql.ast.RoleOptionKind;
import dev.olifant.sql.ast.RoleSpec;
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
                case ENCRYPTED_PASSWORD, VALID_UNTIL -> {
                    w(keyword(o.kind())).w(" ");
                    string(o.value());
                }
                case IN_ROLE, ROLE, ADMIN -> {
                    w(keyword(o.kind())).w(" ");
                    identList(o.roles());
                }
                case SYSID -> w("SYSID ").w(o.value());
            }
        }
    }

    /** The option's keywords as written: IN_ROLE is "IN ROLE", VALID_UNTIL "VALID UNTIL". */
    private static String keyword(RoleOptionKind kind) {
        return kind.name().replace('_', ' ');
    }

    final void grant(GrantStmt g) {
        grantHead(g.grant(), g.grantOption(), "GRANT");
        privilegeTarget(g, true);
        grantTail(g.grant(), g.grantees(), g.grantOption(), "GRANT", g.grantedBy());
        behavior(g.behavior());
    }

    /** GRANT, or REVOKE with its "x OPTION FOR" when only the grant or admin option is revoked. */
    private void grantHead(boolean grant, boolean option, String optionName) {
        w(grant ? "GRANT " : "REVOKE ");
        if (!grant && option) {
            w(optionName).w(" OPTION FOR ");
        }
    }

    /** TO / FROM the grantees, then WITH x OPTION and GRANTED BY where they apply. */
    private void grantTail(boolean grant, List<RoleSpec> grantees, boolean option, String optionName,
            RoleSpec grantedBy) {
        w(grant ? " TO " : " FROM ");
        for (int i = 0; i < grantees.size(); i++) {
            w(i > 0 ? ", " : "");
            roleSpec(grantees.get(i));
        }
        if (grant && option) {
            w(" WITH ").w(optionName).w(" OPTION");
        }
        if (grantedBy != null) {
            w(" GRANTED BY ");
            roleSpec(grantedBy);
        }
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
        grantHead(g.grant(), g.adminOption(), "ADMIN");
        identList(g.roles());
        grantTail(g.grant(), g.grantees(), g.adminOption(), "ADMIN", g.grantedBy());
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
        w(" ");
        grantHead(g.grant(), g.grantOption(), "GRANT");
        privilegeTarget(g, false);
        grantTail(g.grant(), g.grantees(), g.grantOption(), "GRANT", null);
        behavior(g.behavior());
    }
}
