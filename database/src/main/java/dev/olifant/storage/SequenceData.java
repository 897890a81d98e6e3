package dev.olifant.storage;

/**
 * A sequence's current position (the one-row relation PostgreSQL keeps per sequence). Advancing
 * it is not transactional: a rolled-back nextval() still uses up the value, as in PostgreSQL.
 */
public final class SequenceData {
    private long lastValue;
    private boolean called;

    public SequenceData(long start) {
        this.lastValue = start;
        this.called = false;
    }

    public synchronized long lastValue() {
        return lastValue;
    }

    public synchronized boolean isCalled() {
        return called;
    }

    /** nextval(): the next value, wrapping with {@code cycle} or failing through {@code onLimit} at a limit. */
    public synchronized long advance(long increment, long min, long max, boolean cycle, LimitReached onLimit) {
        if (!called) {
            called = true;
            return lastValue;
        }
        long next;
        try {
            next = Math.addExact(lastValue, increment);
        } catch (ArithmeticException e) {
            next = increment > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            if (next == lastValue) {
                return cycleOrFail(increment, min, max, cycle, onLimit);
            }
        }
        if (increment > 0 && next > max || increment < 0 && next < min) {
            return cycleOrFail(increment, min, max, cycle, onLimit);
        }
        lastValue = next;
        return next;
    }

    private long cycleOrFail(long increment, long min, long max, boolean cycle, LimitReached onLimit) {
        if (!cycle) {
            throw onLimit.error(increment > 0 ? max : min);
        }
        lastValue = increment > 0 ? min : max;
        return lastValue;
    }

    public synchronized void set(long value, boolean isCalled) {
        this.lastValue = value;
        this.called = isCalled;
        this.logCount = 0;
    }

    /*
     * WAL logging ahead (PostgreSQL's log_cnt, SEQ_LOG_VALS): a record covers the next values, so
     * values handed out are never reissued after a crash without logging every nextval().
     */
    private int logCount;
    private long loggedValue;

    /** After nextval(): true when the values covered by the last WAL record are used up. */
    public synchronized boolean needsLog() {
        if (logCount > 0) {
            logCount--;
            return false;
        }
        return true;
    }

    /** Starts a new logged run of {@code count} values; returns the position to log (called = true). */
    public synchronized long logAhead(long increment, long min, long max, int count) {
        long v;
        try {
            v = Math.addExact(lastValue, Math.multiplyExact(increment, (long) count));
        } catch (ArithmeticException e) {
            v = increment > 0 ? max : min;
        }
        v = Math.max(min, Math.min(max, v));
        logCount = count;
        loggedValue = v;
        return v;
    }

    /** The position a checkpoint or catalog image must record: ahead of every value handed out. */
    public synchronized long durableValue() {
        return logCount > 0 ? loggedValue : lastValue;
    }

    /** Builds the error raised when a sequence without CYCLE passes its limit. */
    @FunctionalInterface
    public interface LimitReached {
        RuntimeException error(long limit);
    }
}
