package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data directory: created on first start with a version marker, and guarded by a
 * {@code postmaster.pid} lock file so two servers never use the same directory.
 */
final class DataDirectory implements AutoCloseable {
    static final String VERSION = "olifant 1";
    private final Path dir;
    private final Path lock;

    private DataDirectory(Path dir) {
        this.dir = dir;
        this.lock = dir.resolve("postmaster.pid");
    }

    static DataDirectory open(Path dir, int port) {
        DataDirectory d = new DataDirectory(dir);
        try {
            Files.createDirectories(dir);
            Path version = dir.resolve("OLIFANT_VERSION");
            if (Files.exists(version)) {
                String found = Files.readString(version, StandardCharsets.UTF_8).trim();
                if (!found.equals(VERSION)) {
                    throw new PgException(SqlState.CONFIG_FILE_ERROR, "database files are incompatible with server")
                            .withDetail("The data directory was initialized by \"" + found
                                    + "\", which is not compatible with this version (" + VERSION + ").");
                }
            } else {
                Files.writeString(version, VERSION + "\n", StandardCharsets.UTF_8);
            }
            d.acquireLock(port);
        } catch (IOException e) {
            throw new PgException(SqlState.IO_ERROR, "could not open data directory \"" + dir + "\": " + e.getMessage());
        }
        return d;
    }

    private void acquireLock(int port) throws IOException {
        if (Files.exists(lock)) {
            List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
            if (!lines.isEmpty()) {
                try {
                    long pid = Long.parseLong(lines.get(0).trim());
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                            .orElse(false)) {
                        throw new PgException(SqlState.LOCK_FILE_EXISTS, "lock file \"postmaster.pid\" already exists")
                                .withHint("Is another server (PID " + pid + ") running in data directory \"" + dir
                                        + "\"?");
                    }
                } catch (NumberFormatException ignored) {
                    // a damaged lock file is stale
                }
            }
        }
        Files.writeString(lock, ProcessHandle.current().pid() + "\n" + dir.toAbsolutePath() + "\n" + port + "\n",
                StandardCharsets.UTF_8);
    }

    Path path() {
        return dir;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(lock);
        } catch (IOException ignored) {
            // the next start treats a lock of a dead process as stale
        }
    }
}
