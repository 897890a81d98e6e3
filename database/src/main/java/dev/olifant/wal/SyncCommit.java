package dev.olifant.wal;

/**
 * synchronous_commit: what a commit waits for before it is reported. Without standbys, local,
 * on, remote_write and remote_apply all wait for the local flush; off waits for nothing (the WAL
 * writer flushes within wal_writer_delay, and a crash may lose the last commits, never
 * consistency).
 */
public enum SyncCommit {
    OFF, LOCAL, REMOTE_WRITE, ON, REMOTE_APPLY;

    public static SyncCommit parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "off", "false", "no", "0" -> OFF;
            case "local" -> LOCAL;
            case "remote_write" -> REMOTE_WRITE;
            case "remote_apply" -> REMOTE_APPLY;
            default -> ON;
        };
    }

    public boolean waitsForFlush() {
        return this != OFF;
    }
}
