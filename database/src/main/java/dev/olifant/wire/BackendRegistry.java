package dev.olifant.wire;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live backends of one server: it hands out the (process id, secret key) pairs clients quote
 * in CancelRequests, enforces {@code max_connections}, and reaches every connection at shutdown.
 * Process ids are random positive ints unique among live backends; secrets come from a
 * SecureRandom so that a cancel cannot be forged by guessing.
 */
public final class BackendRegistry {
    private final int maxConnections;
    private final SecureRandom random = new SecureRandom();
    private final Map<Integer, BackendConnection> admitted = new ConcurrentHashMap<>();
    private final Set<BackendConnection> connections = ConcurrentHashMap.newKeySet();

    public BackendRegistry(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** Backends that completed the startup packet and hold a connection slot. */
    public int activeCount() {
        return admitted.size();
    }

    void track(BackendConnection connection) {
        connections.add(connection);
    }

    /** Gives the connection a slot and a key; null when {@code max_connections} are in use. */
    synchronized BackendKeyData admit(BackendConnection connection) {
        if (admitted.size() >= maxConnections) {
            return null;
        }
        int pid;
        do {
            pid = 1 + random.nextInt(Integer.MAX_VALUE - 1);
        } while (admitted.containsKey(pid));
        admitted.put(pid, connection);
        return new BackendKeyData(pid, random.nextInt());
    }

    void release(BackendConnection connection, BackendKeyData key) {
        connections.remove(connection);
        if (key != null) {
            admitted.remove(key.processId(), connection);
        }
    }

    /** Ends the connection of backend {@code processId} (pg_terminate_backend); false when there is none. */
    public boolean terminate(int processId) {
        BackendConnection target = admitted.get(processId);
        if (target == null) {
            return false;
        }
        target.terminate();
        return true;
    }

    /** Routes a CancelRequest; a wrong key is silently ignored, as PostgreSQL does. */
    void cancel(int processId, int secretKey) {
        BackendConnection target = admitted.get(processId);
        if (target != null && target.key() != null && MessageDigest.isEqual(intBytes(target.key().secretKey()),
                intBytes(secretKey))) {
            target.cancelRunningStatement();
        }
    }

    /**
     * Ends every connection: idle ones get FATAL 57P01 at once, busy ones have their statement
     * cancelled and get it when it stops. Waits up to {@code grace}, then closes what is left.
     */
    public void terminateAll(Duration grace) {
        List<BackendConnection> all = List.copyOf(connections);
        for (BackendConnection c : all) {
            c.terminate();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (BackendConnection c : List.copyOf(connections)) {
            c.forceClose();
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
