package dev.olifant.session;

import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Role;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * The three identities of a session, as PostgreSQL's miscinit.c keeps them: the authenticated
 * user (who logged in, never changes), the session user ({@code SET SESSION AUTHORIZATION}, only
 * when the authenticated user is a superuser) and the current user ({@code SET ROLE}, to a role
 * the session user is a member of). The last two live in the settings {@code session_authorization}
 * and {@code role} ({@code none} when no role is set), so SET LOCAL, RESET and a rolled-back
 * transaction undo them as they undo any setting; privilege checks use the current user.
 */
final class SessionRoles {
    static final String NONE = "none";

    private final Cluster cluster;
    private final Role authenticated;
    private final Settings settings;

    SessionRoles(Cluster cluster, Role authenticated, Settings settings) {
        this.cluster = cluster;
        this.authenticated = authenticated;
        this.settings = settings;
    }

    /** The session user: the authenticated one unless SET SESSION AUTHORIZATION chose another. */
    Role sessionUser() {
        String name = settings.get("session_authorization");
        Role r = name == null || name.isEmpty() ? null : sessionName.find(cluster, name);
        return r != null ? r : authenticated;
    }

    /** The current user: the role SET ROLE chose, else the session user (checked for every statement). */
    Role current() {
        String name = settings.get("role");
        Role r = name == null || name.equals(NONE) ? null : roleName.find(cluster, name);
        return r != null ? r : sessionUser();
    }

    private final NameCache sessionName = new NameCache();
    private final NameCache roleName = new NameCache();

    /**
     * The role a setting's value named last time, by OID: a map lookup instead of a search by
     * name while the setting keeps the same value (the same string), re-read each time so that
     * ALTER ROLE shows at once.
     */
    private static final class NameCache {
        private String name;
        private long oid;

        Role find(Cluster cluster, String value) {
            if (value == name) {
                Role r = cluster.role(oid);
                if (r != null && r.name().equals(value)) {
                    return r;
                }
            }
            Role r = cluster.role(value);
            if (r != null) {
                name = value;
                oid = r.oid();
            }
            return r;
        }
    }

    /** Whether {@code name} is one of the settings this class validates. */
    static boolean governs(String name) {
        return name.equalsIgnoreCase("role") || name.equalsIgnoreCase("session_authorization");
    }

    /**
     * Checks a new value for {@code role} or {@code session_authorization} (null: RESET) as
     * PostgreSQL's check_role and check_session_authorization do, and returns the value to store.
     */
    String check(String name, String value) {
        if (name.equalsIgnoreCase("role")) {
            if (value == null || value.equalsIgnoreCase(NONE)) {
                return value == null ? null : NONE;
            }
            Role r = existing(value);
            Role session = sessionUser();
            if (!session.superuser() && !cluster.rolesOf(session.oid()).contains(r.oid())) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to set role \"" + value + "\"");
            }
            return r.name();
        }
        if (value == null) {
            return authenticated.name();
        }
        Role r = existing(value);
        if (r.oid() != authenticated.oid() && !authenticated.superuser()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to set session authorization");
        }
        return r.name();
    }

    private Role existing(String name) {
        Role r = cluster.role(name);
        if (r == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "role \"" + name + "\" does not exist");
        }
        return r;
    }
}
