package dev.olifant.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instance in a test's temporary directory and the superuser sessions opened on it. Each
 * {@link #session()} connects to database postgres as postgres with the next process id (1, 2, ...);
 * {@link #close()} closes those sessions in the order they were opened, then the instance;
 * {@link #restart()} does the same and opens the instance again on the same directory;
 * {@link #crash()} stops it as a crash would, leaving its sessions unclosed, and opens it again.
 */
final class TestInstance implements AutoCloseable {
    private final Path dir;
    private Instance instance;
    private final List<Session> sessions = new ArrayList<>();
    private int nextProcessId = 1;

    TestInstance(Path dir) {
        this.dir = dir;
        this.instance = Instance.open(new InstanceConfig(dir, 5432));
    }

    Instance instance() {
        return instance;
    }

    Session session() {
        Session session = instance.open(new StartupRequest("postgres", "postgres", Map.of(), nextProcessId++));
        sessions.add(session);
        return session;
    }

    /** Ends one session now; later sessions keep counting process ids from where they were. */
    void close(Session session) {
        sessions.remove(session);
        session.close();
    }

    /** A clean shutdown and a fresh start; sessions opened afterwards number from 1 again. */
    void restart() {
        close();
        reopen();
    }

    /** The instance crashes with its sessions still open, then starts again and recovers. */
    void crash() {
        instance.durability().crash();
        reopen();
    }

    private void reopen() {
        sessions.clear();
        nextProcessId = 1;
        instance = Instance.open(new InstanceConfig(dir, 5432));
    }

    @Override
    public void close() {
        for (Session session : sessions) {
            session.close();
        }
        instance.close();
    }
}
