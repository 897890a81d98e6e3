package dev.olifant.session;

import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Role;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running database instance: the data directory, the cluster catalog and the sessions open on
 * it. It opens sessions for the wire layer after checking the database and role they ask for.
 */
public final class Instance implements SessionFactory, AutoCloseable {
    private final InstanceConfig config;
    private final DataDirectory dataDirectory;
    private final Cluster cluster;
    private final dev.olifant.catalog.durable.Durability durability;
    private final Map<Integer, PgSession> sessions = new ConcurrentHashMap<>();
    private final Instant startTime = Instant.now();
    private final dev.olifant.lock.LockManager locks;
    private final NotificationQueue notifications = new NotificationQueue();
    /** Ends a client connection by process id (the wire layer's; false when there is none). */
    private volatile java.util.function.IntPredicate connectionTerminator = pid -> false;
    private final Autovacuum autovacuum;
    /** Bumped by every ANALYZE, so that prepared statements planned before it are planned again. */
    private final java.util.concurrent.atomic.AtomicLong statisticsVersion = new java.util.concurrent.atomic.AtomicLong();

    private Instance(InstanceConfig config, DataDirectory dataDirectory,
            dev.olifant.catalog.durable.Durability durability) {
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.durability = durability;
        this.cluster = durability.cluster();
        this.locks = new dev.olifant.lock.LockManager(cluster.transactions());
        this.autovacuum = Autovacuum.start(cluster, config.settings());
    }

    /** Opens the data directory: recovers the cluster from its checkpoint and WAL, or initializes a new one. */
    public static Instance open(InstanceConfig config) {
        DataDirectory dir = DataDirectory.open(config.dataDirectory(), config.port());
        dev.olifant.catalog.IndexExpressions.register(new IndexKeyCompiler());
        dev.olifant.catalog.durable.Durability durability;
        try {
            durability = dev.olifant.catalog.durable.Durability.open(
                    new dev.olifant.wal.FileWalStorage(config.dataDirectory()), WalSettingDefs.from(config.settings()),
                    () -> Cluster.initialize(config.superuser()));
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
        bootstrap(durability.cluster(), config);
        return new Instance(config, dir, durability);
    }

    /** The WAL service: commits, checkpoints, LSNs. */
    public dev.olifant.catalog.durable.Durability durability() {
        return durability;
    }

    /** Creates the configured initial role (a login role) and database it owns. */
    private static void bootstrap(Cluster cluster, InstanceConfig config) {
        long owner = dev.olifant.catalog.Oids.BOOTSTRAP_SUPERUSER;
        String ownerName = config.bootstrapOwner();
        if (ownerName != null && !ownerName.isBlank()) {
            Role r = cluster.role(ownerName);
            if (r == null) {
                r = new Role(cluster.newOid(), ownerName, false, true, false, false, true, false, false, -1, null, null);
                cluster.putRole(r);
            }
            owner = r.oid();
        }
        String dbName = config.bootstrapDatabase();
        if (dbName != null && !dbName.isBlank() && cluster.database(dbName) == null) {
            Database template = cluster.database("template1");
            cluster.putDatabase(new Database(new dev.olifant.catalog.DatabaseInfo(cluster.newOid(), dbName, owner, "UTF8",
                    "C.UTF-8", "C.UTF-8", false, true, -1), template.committed()));
        }
    }

    @Override
    public Session open(StartupRequest request) {
        Role role = cluster.role(request.user());
        if (role == null) {
            throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "role \"" + request.user()
                    + "\" does not exist");
        }
        if (!role.canLogin()) {
            throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "role \"" + role.name()
                    + "\" is not permitted to log in");
        }
        Database db = cluster.database(request.database());
        if (db == null) {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + request.database()
                    + "\" does not exist");
        }
        if (!db.info().allowConnections()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "database \"" + db.info().name()
                    + "\" is not currently accepting connections");
        }
        PgSession s = new PgSession(this, db, role, request);
        sessions.put(request.processId(), s);
        return s;
    }

    /** The numbers of the sessions' temporary schemas. */
    final TempNamespaces tempNamespaces = new TempNamespaces();

    void closed(PgSession s) {
        sessions.remove(s.processId(), s);
        notifications.remove(s.processId());
    }

    long statisticsVersion() {
        return statisticsVersion.get();
    }

    void statisticsChanged() {
        statisticsVersion.incrementAndGet();
    }

    public Cluster cluster() {
        return cluster;
    }

    /** The instance's lock table. */
    public dev.olifant.lock.LockManager locks() {
        return locks;
    }

    /** The LISTEN / NOTIFY queue. */
    NotificationQueue notifications() {
        return notifications;
    }

    /** Lets the server end client connections for pg_terminate_backend(). */
    public void onTerminate(java.util.function.IntPredicate terminator) {
        this.connectionTerminator = terminator;
    }

    /** pg_cancel_backend(): cancels the session's running statement; false when there is no such session. */
    boolean cancel(int pid) {
        PgSession s = sessions.get(pid);
        if (s == null) {
            return false;
        }
        s.cancel();
        return true;
    }

    /**
     * pg_terminate_backend(): the session's running statement fails with 57P01 and its connection
     * ends (at once when it is idle); false when there is no such session.
     */
    boolean terminate(int pid) {
        PgSession s = sessions.get(pid);
        if (s == null) {
            return false;
        }
        s.terminate();
        connectionTerminator.test(pid);
        return true;
    }

    /** The session with this process id, or null. */
    public PgSession session(int pid) {
        return sessions.get(pid);
    }

    public InstanceConfig config() {
        return config;
    }

    public Instant startTime() {
        return startTime;
    }

    public Collection<PgSession> sessions() {
        return Collections.unmodifiableCollection(sessions.values());
    }

    /** Sessions other than {@code self} connected to the named database. */
    public int sessionsUsing(String database, PgSession self) {
        int n = 0;
        for (PgSession s : sessions.values()) {
            if (s != self && s.databaseName().equals(database)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        for (PgSession s : sessions.values()) {
            s.terminate();
        }
        if (autovacuum != null) {
            autovacuum.close();
        }
        try {
            durability.close();
        } finally {
            dataDirectory.close();
        }
    }
}
