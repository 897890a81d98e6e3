package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The SQL-standard current-time keywords, which PostgreSQL parses as special expressions rather
 * than function calls: CURRENT_DATE, CURRENT_TIMESTAMP[(p)], LOCALTIMESTAMP[(p)], LOCALTIME[(p)].
 * All read the transaction timestamp, in the session TimeZone where a local value is wanted;
 * a precision rounds the fractional seconds (half up), as PostgreSQL's typmod coercion does.
 */
public final class CurrentTime {
    private CurrentTime() {
    }

    public static LocalDate currentDate(EvalContext ctx) {
        return LocalDate.ofInstant(ctx.transactionTimestamp(), DateTimeMath.zone(ctx));
    }

    /** @param precision 0..6, or -1 for full microsecond precision */
    public static Instant currentTimestamp(EvalContext ctx, int precision) {
        Instant now = ctx.transactionTimestamp();
        return precision < 0 ? now : Instant.EPOCH.plus(round(ChronoUnit.MICROS.between(Instant.EPOCH, now), precision),
                ChronoUnit.MICROS);
    }

    public static LocalDateTime localTimestamp(EvalContext ctx, int precision) {
        return LocalDateTime.ofInstant(currentTimestamp(ctx, precision), DateTimeMath.zone(ctx));
    }

    public static LocalTime localTime(EvalContext ctx, int precision) {
        return localTimestamp(ctx, precision).toLocalTime();
    }

    private static long round(long micros, int precision) {
        long unit = 1;
        for (int i = precision; i < 6; i++) {
            unit *= 10;
        }
        return Math.floorDiv(micros + unit / 2, unit) * unit;
    }
}
