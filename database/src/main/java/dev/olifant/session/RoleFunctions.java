package dev.olifant.session;

import dev.olifant.catalog.Role;
import dev.olifant.catalog.RoleGraph;
import dev.olifant.catalog.system.SystemContext;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pg_has_role([user,] role, privilege)} as PostgreSQL's acl.c answers it: roles are given
 * by name (an unknown one is an error) or by OID; the privilege string is a comma-separated list
 * of which any one suffices: USAGE (the role's privileges are held, through INHERIT), MEMBER
 * (membership, INHERIT or not), and either WITH ADMIN (or GRANT) OPTION (membership may be
 * granted on). Without a user the current user asks.
 */
final class RoleFunctions {
    private RoleFunctions() {
    }

    private enum Mode { USAGE, MEMBER, ADMIN }

    /** The call, or null when the arguments fit no form of pg_has_role. */
    static Expression pgHasRole(List<Expression> args, AnalysisContext ctx, int location) {
        int n = args.size();
        if (n != 2 && n != 3) {
            return null;
        }
        List<PgType> want = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            want.add(isText(args.get(i)) ? Types.NAME : Types.OID);
        }
        want.add(Types.TEXT);
        return CatalogFunctions.call("pg_has_role", Types.BOOL, args, ctx, location, want, (s, a) -> {
            long user = n == 3 ? roleOid(s, a[0]) : s.userOid();
            long role = roleOid(s, a[n - 2]);
            for (Mode m : modes((String) a[n - 1])) {
                boolean held = switch (m) {
                    case ADMIN -> RoleGraph.isAdmin(s.cluster(), s.cluster().memberships(), user, role);
                    case MEMBER -> RoleGraph.isMember(s.cluster(), user, role);
                    case USAGE -> RoleGraph.hasPrivileges(s.cluster(), user, role);
                };
                if (held) {
                    return true;
                }
            }
            return false;
        });
    }

    private static long roleOid(SystemContext s, Object arg) {
        if (arg instanceof String name) {
            Role r = s.cluster().role(name);
            if (r == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
            }
            return r.oid();
        }
        return (Long) arg;
    }

    /** PostgreSQL's convert_role_priv_string: each comma-separated word, trimmed, case ignored. */
    private static List<Mode> modes(String text) {
        List<Mode> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String word = part.strip();
            out.add(switch (word.toUpperCase(Locale.ROOT)) {
                case "USAGE" -> Mode.USAGE;
                case "MEMBER" -> Mode.MEMBER;
                case "USAGE WITH GRANT OPTION", "USAGE WITH ADMIN OPTION", "MEMBER WITH GRANT OPTION",
                        "MEMBER WITH ADMIN OPTION" -> Mode.ADMIN;
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unrecognized privilege type: \""
                        + word + "\"");
            });
        }
        return out;
    }

    private static boolean isText(Expression e) {
        PgType t = e.type();
        return t == Types.TEXT || t == Types.NAME || t == Types.UNKNOWN || t == Types.VARCHAR || t == Types.BPCHAR;
    }
}
