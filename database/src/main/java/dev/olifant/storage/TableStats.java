package dev.olifant.storage;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Activity counters of one table, as PostgreSQL's pgstat keeps them for autovacuum: versions
 * made dead by UPDATE and DELETE since the last vacuum, the live and dead counts the last vacuum
 * found, and when vacuum last ran. Writers bump {@link #deleted} without a lock. It also holds
 * the statistics the last ANALYZE gathered, which the planner reads.
 */
public final class TableStats {
    private final LongAdder deletedSinceVacuum = new LongAdder();
    private volatile long liveTuples;
    private volatile long deadTuples;
    private volatile Instant lastVacuum;
    private volatile Instant lastAutovacuum;
    private volatile long vacuumCount;
    private volatile long autovacuumCount;
    private volatile RelationStatistics statistics;
    private volatile long analyzeCount;

    /** An UPDATE or DELETE made one version dead. */
    public void deleted() {
        deletedSinceVacuum.increment();
    }

    /** Dead versions made since the last vacuum (an estimate: counted without a lock). */
    public long deletedSinceVacuum() {
        return deletedSinceVacuum.sum();
    }

    /** Records a finished vacuum; {@code deletedBefore} is what {@link #deletedSinceVacuum} was when it started. */
    public void vacuumed(VacuumResult r, long deletedBefore, boolean auto, Instant at) {
        deletedSinceVacuum.add(-deletedBefore);
        liveTuples = r.live();
        deadTuples = r.recentlyDead();
        if (auto) {
            lastAutovacuum = at;
            autovacuumCount++;
        } else {
            lastVacuum = at;
            vacuumCount++;
        }
    }

    public long liveTuples() {
        return liveTuples;
    }

    /** Dead versions: those the last vacuum had to keep plus those made since. */
    public long deadTuples() {
        return deadTuples + deletedSinceVacuum();
    }

    public Instant lastVacuum() {
        return lastVacuum;
    }

    public Instant lastAutovacuum() {
        return lastAutovacuum;
    }

    public long vacuumCount() {
        return vacuumCount;
    }

    public long autovacuumCount() {
        return autovacuumCount;
    }

    /** The last ANALYZE's statistics, or null when the table was never analyzed. */
    public RelationStatistics statistics() {
        return statistics;
    }

    /** Publishes the row count and size a VACUUM found, keeping the last ANALYZE's column statistics. */
    public void resized(RelationStatistics s) {
        statistics = s;
    }

    /** Publishes what an ANALYZE found. */
    public void analyzed(RelationStatistics s) {
        statistics = s;
        analyzeCount++;
    }

    public long analyzeCount() {
        return analyzeCount;
    }
}
