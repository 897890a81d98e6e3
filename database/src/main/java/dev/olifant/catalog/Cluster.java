package dev.olifant.catalog;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.txn.TransactionManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The cluster-wide catalog (pg_database, pg_authid, pg_auth_members) and the services every
 * database shares: the OID counter and the transaction manager.
 */
public final class Cluster {
    private final Map<String, Database> databases = new ConcurrentHashMap<>();
    private final Map<Long, Role> roles = new ConcurrentHashMap<>();
    private final List<Membership> memberships = new CopyOnWriteArrayList<>();
    private final AtomicLong nextOid;
    private final TransactionManager transactions;

    public Cluster(long nextOid, TransactionManager transactions) {
        this.nextOid = new AtomicLong(Math.max(nextOid, Oids.FIRST_NORMAL_OBJECT_ID));
        this.transactions = transactions;
    }

    /**
     * A new cluster as initdb makes it: the bootstrap superuser, PostgreSQL 15's predefined
     * roles, and the databases template1, template0 and postgres.
     */
    public static Cluster initialize(String superuserName) {
        Cluster c = new Cluster(Oids.FIRST_NORMAL_OBJECT_ID, new TransactionManager(TransactionManager.FIRST_NORMAL_XID));
        c.putRole(new Role(Oids.BOOTSTRAP_SUPERUSER, superuserName, true, true, true, true, true, true, true, -1,
                null, null));
        Object[][] predefined = {
            {Oids.PG_DATABASE_OWNER_ROLE, "pg_database_owner"}, {6181L, "pg_read_all_data"},
            {6182L, "pg_write_all_data"}, {3373L, "pg_monitor"}, {3374L, "pg_read_all_settings"},
            {3375L, "pg_read_all_stats"}, {3377L, "pg_stat_scan_tables"}, {4569L, "pg_read_server_files"},
            {4570L, "pg_write_server_files"}, {4571L, "pg_execute_server_program"}, {4200L, "pg_signal_backend"},
            {4544L, "pg_checkpoint"},
        };
        for (Object[] p : predefined) {
            c.putRole(new Role((Long) p[0], (String) p[1], false, true, false, false, false, false, false, -1, null,
                    null));
        }
        c.memberships.add(new Membership(3374L, 3373L, Oids.BOOTSTRAP_SUPERUSER, false));
        c.memberships.add(new Membership(3375L, 3373L, Oids.BOOTSTRAP_SUPERUSER, false));
        c.memberships.add(new Membership(3377L, 3373L, Oids.BOOTSTRAP_SUPERUSER, false));
        Catalog base = initialCatalog();
        c.putDatabase(new Database(new DatabaseInfo(Oids.TEMPLATE1_DATABASE, "template1", Oids.BOOTSTRAP_SUPERUSER,
                "UTF8", "C.UTF-8", "C.UTF-8", true, true, -1, "default template for new databases"), base));
        c.putDatabase(new Database(new DatabaseInfo(Oids.TEMPLATE0_DATABASE, "template0", Oids.BOOTSTRAP_SUPERUSER,
                "UTF8", "C.UTF-8", "C.UTF-8", true, false, -1, "unmodifiable empty database"), base));
        c.putDatabase(new Database(new DatabaseInfo(Oids.POSTGRES_DATABASE, "postgres", Oids.BOOTSTRAP_SUPERUSER,
                "UTF8", "C.UTF-8", "C.UTF-8", false, true, -1,
                "default administrative connection database"), base));
        return c;
    }

    /** The schemas every new database starts with. */
    public static Catalog initialCatalog() {
        return Catalog.empty()
                .withNamespace(new Namespace(Oids.PG_CATALOG_NAMESPACE, "pg_catalog", Oids.BOOTSTRAP_SUPERUSER))
                .withNamespace(new Namespace(Oids.PG_TOAST_NAMESPACE, "pg_toast", Oids.BOOTSTRAP_SUPERUSER))
                .withNamespace(new Namespace(Oids.INFORMATION_SCHEMA_NAMESPACE, "information_schema",
                        Oids.BOOTSTRAP_SUPERUSER))
                .withNamespace(new Namespace(Oids.PUBLIC_NAMESPACE, "public", Oids.PG_DATABASE_OWNER_ROLE))
                .withComment(new Catalog.CommentKey(Oids.PUBLIC_NAMESPACE, Oids.PG_NAMESPACE, 0), "standard public schema");
    }

    /** Called after every change of roles, memberships or databases (the WAL logs the cluster catalog). */
    private volatile Runnable changeListener = () -> { };

    public void setChangeListener(Runnable listener) {
        this.changeListener = listener;
    }

    private void changed() {
        changeListener.run();
    }

    /** A database's pg_database row changed in place ({@link Database#setInfo}). */
    public void databaseChanged() {
        changed();
    }

    /** Moves the OID counter past {@code oid} (recovery). */
    public void advanceOidPast(long oid) {
        nextOid.accumulateAndGet(oid + 1, Math::max);
    }

    public long newOid() {
        return nextOid.getAndIncrement();
    }

    public long peekNextOid() {
        return nextOid.get();
    }

    public TransactionManager transactions() {
        return transactions;
    }

    public Database database(String name) {
        return databases.get(name);
    }

    public Database database(long oid) {
        for (Database d : databases.values()) {
            if (d.info().oid() == oid) {
                return d;
            }
        }
        return null;
    }

    public Collection<Database> databases() {
        return databases.values();
    }

    public void putDatabase(Database db) {
        databases.put(db.info().name(), db);
        changed();
    }

    public void removeDatabase(String name) {
        databases.remove(name);
        changed();
    }

    public void renameDatabase(String oldName, DatabaseInfo renamed) {
        Database db = databases.remove(oldName);
        db.setInfo(renamed);
        databases.put(renamed.name(), db);
        changed();
    }

    public Role role(long oid) {
        return roles.get(oid);
    }

    public Role role(String name) {
        for (Role r : roles.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    public Role requireRole(String name) {
        Role r = role(name);
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
        }
        return r;
    }

    public Collection<Role> roles() {
        return roles.values();
    }

    public void putRole(Role role) {
        roles.put(role.oid(), role);
        changed();
    }

    public synchronized void removeRole(long oid) {
        roles.remove(oid);
        memberships.removeIf(m -> m.roleOid() == oid || m.memberOid() == oid);
        changed();
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public synchronized void addMembership(Membership m) {
        memberships.add(m);
        changed();
    }

    public synchronized void removeMembership(long roleOid, long memberOid) {
        memberships.removeIf(m -> m.roleOid() == roleOid && m.memberOid() == memberOid);
        changed();
    }

    /**
     * Replaces pg_auth_members by what {@code change} makes of a copy of it, as one change (one
     * CLUSTER record); GRANT and REVOKE of roles serialize here, so each sees the other's result.
     * When {@code change} throws, nothing changes.
     */
    public synchronized void changeMemberships(UnaryOperator<List<Membership>> change) {
        List<Membership> result = change.apply(new ArrayList<>(memberships));
        if (result.equals(memberships)) {
            return;
        }
        // row by row, each step atomic, so a concurrent reader never sees the list emptied
        memberships.removeIf(m -> RoleGraph.find(result, m.roleOid(), m.memberOid()) == null);
        for (Membership m : result) {
            int i = indexOf(m.roleOid(), m.memberOid());
            if (i < 0) {
                memberships.add(m);
            } else if (!memberships.get(i).equals(m)) {
                memberships.set(i, m);
            }
        }
        changed();
    }

    private int indexOf(long roleOid, long memberOid) {
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.roleOid() == roleOid && m.memberOid() == memberOid) {
                return i;
            }
        }
        return -1;
    }

    /** Every role {@code roleOid} is a member of, directly or not, itself included. */
    public List<Long> rolesOf(long roleOid) {
        List<Long> out = new ArrayList<>();
        out.add(roleOid);
        for (int i = 0; i < out.size(); i++) {
            long r = out.get(i);
            for (Membership m : memberships) {
                if (m.memberOid() == r && !out.contains(m.roleOid())) {
                    out.add(m.roleOid());
                }
            }
        }
        return out;
    }
}
