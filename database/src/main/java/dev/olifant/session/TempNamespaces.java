package dev.olifant.session;

import java.util.BitSet;

/**
 * The numbers N of the sessions' temporary schemas {@code pg_temp_N} (PostgreSQL's backend ids):
 * the lowest number no live session holds, so a new session reuses the schema of one that ended
 * and cleans up whatever that one left behind.
 */
final class TempNamespaces {
    private static final BitSet USED = new BitSet();

    private TempNamespaces() {
    }

    static synchronized int acquire() {
        int n = USED.nextClearBit(1);
        USED.set(n);
        return n;
    }

    static synchronized void release(int n) {
        USED.clear(n);
    }
}
