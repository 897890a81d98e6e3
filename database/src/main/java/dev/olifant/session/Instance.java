package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** A running database instance: the entry point the server opens sessions on. */
public final class Instance implements SessionFactory, AutoCloseable {

    private Instance() {
    }

    public static Instance open(InstanceConfig config) {
        return new Instance();
    }

    @Override
    public Session open(StartupRequest request) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "no engine");
    }

    @Override
    public void close() {
    }
}
