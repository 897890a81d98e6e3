package dev.olifant.session;

import java.nio.file.Path;

/** Where an instance keeps its files and the port it reports. */
public record InstanceConfig(Path dataDirectory, int port) {
}
