package dev.olifant.catalog.system;

import java.time.Instant;

/**
 * One session as pg_stat_activity shows it.
 *
 * @param state         {@code active}, {@code idle}, {@code idle in transaction} or
 *                      {@code idle in transaction (aborted)}
 * @param waitEventType {@code Lock} while waiting for a lock, else null
 * @param waitEvent     the lock type waited for ({@code relation}, {@code transactionid}), else null
 * @param backendXid    the transaction's xid, 0 without one
 * @param backendXmin   the xmin of the transaction's snapshot, 0 without one
 */
public record ActivityInfo(long datid, String datname, int pid, long usesysid, String usename,
        String applicationName, Instant backendStart, Instant xactStart, Instant queryStart, Instant stateChange,
        String waitEventType, String waitEvent, String state, long backendXid, long backendXmin, String query) {
}
