package dev.olifant.session;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to run an instance: its data directory, the port it reports, the name of the bootstrap
 * superuser, default values for settings (PostgreSQL-named, e.g. {@code TimeZone}), and the
 * database and owning role to create at initialization (null for none).
 */
public record InstanceConfig(Path dataDirectory, int port, String superuser, Map<String, String> settings,
        String bootstrapDatabase, String bootstrapOwner) {

    public InstanceConfig(Path dataDirectory, int port) {
        this(dataDirectory, port, "postgres", Map.of(), null, null);
    }
}
