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
    private final Map<Integer, PgSession> sessions = new ConcurrentHashMap<>();
    private final Instant startTime = Instant.now();
    private final Autovacuum autovacuum;
    /** Bumped by every ANALYZE, so that prepared statements planned before it are planned again. */
    private final java.util.concurrent.atomic.AtomicLong statisticsVersion = new java.util.concurrent.atomic.AtomicLong();

    private Instance(InstanceConfig config, DataDirectory dataDirectory, Cluster cluster) {
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.cluster = cluster;
        this.autovacuum = Autovacuum.start(cluster, config.settings());
    }

    public static Instance open(InstanceConfig config) {
        DataDirectory dir = DataDirectory.open(config.dataDirectory(), config.port());
        Cluster cluster = Cluster.initialize(config.superuser());
        bootstrap(cluster, config);
        return new Instance(config, dir, cluster);
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

    void closed(PgSession s) {
        sessions.remove(s.processId(), s);
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
        dataDirectory.close();
    }
}
