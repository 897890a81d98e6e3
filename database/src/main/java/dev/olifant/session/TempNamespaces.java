package dev.olifant.session;

import java.util.BitSet;

/**
 * The numbers N of the sessions' temporary schemas {@code pg_temp_N} (PostgreSQL's backend ids):
 * the lowest number no live session of the server holds, so a new session reuses the schema of one that ended
 * and cleans up whatever that one left behind.
 */
final class TempNamespaces {
    private final BitSet used = new BitSet();

    synchronized int acquire() {
        int n = used.nextClearBit(1);
        used.set(n);
        return n;
    }

    synchronized void release(int n) {
        used.clear(n);
    }
}
