package dev.olifant.types;

import java.time.Instant;
import java.time.LocalDate;

/** PostgreSQL's epoch for dates and timestamps: 2000-01-01 00:00:00 UTC. */
final class PgEpoch {
    static final long EPOCH_SECONDS = 946_684_800L;
    static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private PgEpoch() {
    }

    /** Microseconds since 2000-01-01 00:00 UTC. */
    static long micros(Instant i) {
        return (i.getEpochSecond() - EPOCH_SECONDS) * 1_000_000L + i.getNano() / 1000;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + EPOCH_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
