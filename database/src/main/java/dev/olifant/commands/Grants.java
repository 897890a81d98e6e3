package dev.olifant.commands;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.RequiredPrivileges;
import dev.olifant.sql.ast.GrantStmt;
import dev.olifant.sql.ast.ObjectKind;
import dev.olifant.sql.ast.Privilege;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RoleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GRANT and REVOKE of table privileges (PostgreSQL's aclchk.c): the owner (or a superuser, who
 * grants as the owner) changes the table's access control list; another role grants only what it
 * holds WITH GRANT OPTION, and is warned about the rest. The list changes in the transaction's
 * catalog version, so it commits or rolls back with the transaction.
 */
final class Grants {
    private Grants() {
    }

    static String execute(GrantStmt s, CommandContext ctx) {
        if (s.targetKind() != ObjectKind.TABLE && s.targetKind() != ObjectKind.VIEW) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "GRANT and REVOKE on "
                    + s.targetKind().name().toLowerCase(Locale.ROOT) + " objects are not supported yet");
        }
        int privileges = privileges(s.privileges());
        List<Long> grantees = new ArrayList<>();
        for (RoleSpec r : s.grantees()) {
            grantees.add(switch (r.kind()) {
                case PUBLIC -> Acl.PUBLIC;
                case NAME -> ctx.cluster().requireRole(r.name()).oid();
                default -> ctx.userOid();
            });
        }
        for (Relation rel : targets(s, ctx)) {
            if (!(rel instanceof Table) && !(rel instanceof View)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + rel.name() + "\" is not a table");
            }
            change(s, ctx, rel, privileges, grantees);
        }
        return s.grant() ? "GRANT" : "REVOKE";
    }

    private static List<Relation> targets(GrantStmt s, CommandContext ctx) {
        List<Relation> out = new ArrayList<>();
        if (s.allInSchema()) {
            for (QualifiedName n : s.objects()) {
                Namespace ns = ctx.catalog().namespace(n.last());
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + n.last() + "\" does not exist");
                }
                for (Relation r : ctx.catalog().relations()) {
                    if (r.namespaceOid() == ns.oid() && (r instanceof Table || r instanceof View)) {
                        out.add(r);
                    }
                }
            }
            return out;
        }
        for (QualifiedName n : s.objects()) {
            Relation r = Names.findRelation(ctx.analysis(), n);
            if (r == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + n.last() + "\" does not exist");
            }
            out.add(r);
        }
        return out;
    }

    private static int privileges(List<Privilege> list) {
        if (list.isEmpty()) {
            return Acl.ALL_TABLE;
        }
        int bits = 0;
        for (Privilege p : list) {
            if (!p.columns().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "column privileges are not supported yet");
            }
            Acl.Privilege priv;
            try {
                priv = Acl.Privilege.valueOf(p.name().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PgException(SqlState.INVALID_GRANT_OPERATION, "invalid privilege type "
                        + p.name().toUpperCase(Locale.ROOT) + " for table");
            }
            bits |= priv.bit();
        }
        return bits;
    }

    private static void change(GrantStmt s, CommandContext ctx, Relation rel, int privileges, List<Long> grantees) {
        Acl acl = ctx.catalog().acl(rel.oid());
        if (acl == null) {
            acl = Acl.ownerDefault(rel.ownerOid());
        }
        long grantor;
        int allowed;
        if (Ownership.owns(ctx.cluster(), ctx.userOid(), rel.ownerOid())) {
            grantor = rel.ownerOid();
            allowed = Acl.ALL_TABLE;
        } else {
            List<Long> mine = RequiredPrivileges.privilegeRoles(ctx.cluster(), ctx.cluster().role(ctx.userOid()));
            grantor = ctx.userOid();
            allowed = acl.grantOptionsOf(mine);
            if (allowed == 0 && acl.privilegesOf(mine) == 0) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for " + rel.kindName() + " "
                        + rel.name());
            }
        }
        int effective = privileges & allowed;
        if (effective != privileges) {
            String what = s.grant() ? (effective == 0 ? "no privileges were granted for \""
                    : "not all privileges were granted for \"")
                    : (effective == 0 ? "no privileges could be revoked for \"" : "not all privileges could be revoked for \"");
            ctx.notice(new PgException(SqlState.WARNING, what + rel.name() + "\"").withSeverity(Severity.WARNING));
        }
        for (long grantee : grantees) {
            acl = acl.change(grantee, grantor, effective, s.grant(), s.grantOption());
        }
        Acl result = acl;
        ctx.change(c -> c.withAcl(rel.oid(), result));
    }

    /**
     * Whether the current user holds {@code privilege} on the relation (PostgreSQL's
     * pg_class_aclcheck): a superuser always does; otherwise the relation's list decides, its
     * owner-only default when it has none.
     */
    static boolean has(CommandContext ctx, Relation rel, Acl.Privilege privilege) {
        return hasAny(ctx, rel, privilege.bit());
    }

    /** Whether the current user holds at least one of the privilege bits {@code mask} (ACLMASK_ANY). */
    static boolean hasAny(CommandContext ctx, Relation rel, int mask) {
        var me = ctx.cluster().role(ctx.userOid());
        if (me != null && me.superuser()) {
            return true;
        }
        return me != null && RequiredPrivileges.held(ctx.catalog(), rel, RequiredPrivileges.privilegeRoles(ctx.cluster(), me),
                mask) != 0;
    }

    /** Fails with PostgreSQL's {@code permission denied for table x} unless the privilege is held. */
    static void check(CommandContext ctx, Relation rel, Acl.Privilege privilege) {
        checkAny(ctx, rel, privilege.bit());
    }

    /** Fails with {@code permission denied for table x} unless one of the privileges in {@code mask} is held. */
    static void checkAny(CommandContext ctx, Relation rel, int mask) {
        if (!hasAny(ctx, rel, mask)) {
            throw RequiredPrivileges.denied(rel);
        }
    }
}
