package dev.olifant.session;

/**
 * Opens sessions on one running database instance. Fails with {@code 3D000} for an unknown
 * database and {@code 28000} for an unknown role.
 */
public interface SessionFactory {

    Session open(StartupRequest request);
}
