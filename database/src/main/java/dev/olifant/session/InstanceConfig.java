package dev.olifant.session;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to run an instance: its data directory, the port it reports, the name of the bootstrap
 * superuser, and default values for settings (PostgreSQL-named, e.g. {@code TimeZone}).
 */
public record InstanceConfig(Path dataDirectory, int port, String superuser, Map<String, String> settings) {

    public InstanceConfig(Path dataDirectory, int port) {
        this(dataDirectory, port, "postgres", Map.of());
    }
}
