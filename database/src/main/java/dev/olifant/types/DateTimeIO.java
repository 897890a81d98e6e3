package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.DateTimeFields.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * date, time, timestamp and timestamptz input (date_in, time_in, timestamp_in, timestamptz_in).
 * Infinities are LocalDate/LocalDateTime/Instant MAX and MIN; time 24:00:00 is LocalTime.MAX.
 * {@code now} is the instant that 'now', 'today', 'tomorrow' and 'yesterday' refer to (the
 * transaction start in PostgreSQL).
 */
final class DateTimeIO {
    /** 4714-11-24 BC, Julian day 0: the first date PostgreSQL accepts. */
    static final LocalDate MIN_DATE = LocalDate.of(-4713, 11, 24);
    /** The first date after date's range (5874898-01-01). */
    static final LocalDate END_DATE = LocalDate.of(5874898, 1, 1);
    /** The first timestamp after timestamp's range (294277-01-01 00:00). */
    static final LocalDateTime END_TIMESTAMP = LocalDateTime.of(294277, 1, 1, 0, 0);
    static final LocalDateTime MIN_TIMESTAMP = MIN_DATE.atStartOfDay();
    static final Instant END_INSTANT = END_TIMESTAMP.toInstant(ZoneOffset.UTC);
    static final Instant MIN_INSTANT = MIN_TIMESTAMP.toInstant(ZoneOffset.UTC);

    private DateTimeIO() {
    }

    static LocalDate inputDate(String text, FormatSettings fs, Instant now) {
        Fields f = DateTimeParser.decode(text, "date", fs.dateOrder());
        LocalDate d;
        switch (f.special) {
            case INFINITY:
                return LocalDate.MAX;
            case NEG_INFINITY:
                return LocalDate.MIN;
            case EPOCH:
                return LocalDate.EPOCH;
            case NOW:
            case TODAY:
                return today(now, fs.timeZone());
            case TOMORROW:
                return today(now, fs.timeZone()).plusDays(1);
            case YESTERDAY:
                return today(now, fs.timeZone()).minusDays(1);
            case ALLBALLS:
                throw DateTimeFields.syntax("date", text);
            default:
                if (!f.hasDate) {
                    throw DateTimeFields.syntax("date", text);
                }
                d = LocalDate.of(f.year, f.month, f.day);
        }
        if (d.isBefore(MIN_DATE) || !d.isBefore(END_DATE)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + text + "\"");
        }
        return d;
    }

    static LocalTime inputTime(String text, FormatSettings fs, Instant now) {
        Fields f = DateTimeParser.decode(text, "time", fs.dateOrder(), true);
        switch (f.special) {
            case ALLBALLS:
                return f.hasTime ? timeOf(f) : LocalTime.MIDNIGHT;
            case NOW:
                return LocalDateTime.ofInstant(now, fs.timeZone()).toLocalTime();
            case NONE:
                if (!f.hasTime) {
                    throw DateTimeFields.syntax("time", text);
                }
                return timeOf(f);
            default:
                throw DateTimeFields.syntax("time", text);
        }
    }

    /** The time of day of decoded fields; 24:00:00 is LocalTime.MAX, second 60 carries over. */
    private static LocalTime timeOf(Fields f) {
        if (f.hour == 24) {
            return LocalTime.MAX;
        }
        long micros = ((f.hour * 60L + f.minute) * 60 + f.second) * 1_000_000L + f.micros;
        if (micros >= 86_400_000_000L) {
            return LocalTime.MAX;
        }
        return LocalTime.ofNanoOfDay(micros * 1000);
    }

    private static LocalDateTime localOf(Fields f, String text, String typeName, ZoneId zone, Instant now) {
        LocalDate date;
        switch (f.special) {
            case TODAY:
                date = today(now, zone);
                break;
            case TOMORROW:
                date = today(now, zone).plusDays(1);
                break;
            case YESTERDAY:
                date = today(now, zone).minusDays(1);
                break;
            case NONE:
                if (!f.hasDate) {
                    throw DateTimeFields.syntax(typeName, text);
                }
                date = LocalDate.of(f.year, f.month, f.day);
                break;
            default:
                throw DateTimeFields.syntax(typeName, text);
        }
        if (!f.hasTime) {
            return date.atStartOfDay();
        }
        if (f.hour == 24 || f.second == 60) {
            return date.atStartOfDay().plusSeconds((f.hour * 60L + f.minute) * 60 + f.second)
                    .plusNanos(f.micros * 1000L);
        }
        return LocalDateTime.of(date, LocalTime.of(f.hour, f.minute, f.second, f.micros * 1000));
    }

    static LocalDateTime inputTimestamp(String text, FormatSettings fs, Instant now) {
        String typeName = "timestamp";
        Fields f = DateTimeParser.decode(text, typeName, fs.dateOrder());
        switch (f.special) {
            case INFINITY:
                return LocalDateTime.MAX;
            case NEG_INFINITY:
                return LocalDateTime.MIN;
            case EPOCH:
                return LocalDateTime.of(1970, 1, 1, 0, 0);
            case NOW:
                return LocalDateTime.ofInstant(now, fs.timeZone());
            default:
                break;
        }
        LocalDateTime ldt = localOf(f, text, typeName, fs.timeZone(), now);
        if (ldt.isBefore(MIN_TIMESTAMP) || !ldt.isBefore(END_TIMESTAMP)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"" + text + "\"");
        }
        return ldt;
    }

    static Instant inputTimestamptz(String text, FormatSettings fs, Instant now) {
        String typeName = "timestamp with time zone";
        Fields f = DateTimeParser.decode(text, typeName, fs.dateOrder());
        switch (f.special) {
            case INFINITY:
                return Instant.MAX;
            case NEG_INFINITY:
                return Instant.MIN;
            case EPOCH:
                return Instant.EPOCH;
            case NOW:
                return now;
            default:
                break;
        }
        ZoneId zone = f.zone != null ? f.zone : fs.timeZone();
        LocalDateTime ldt = localOf(f, text, typeName, zone, now);
        Instant result;
        if (f.offsetSeconds != null) {
            result = ldt.toInstant(ZoneOffset.ofTotalSeconds(f.offsetSeconds));
        } else {
            result = ZonedDateTime.ofLocal(ldt, zone, null).withLaterOffsetAtOverlap().toInstant();
        }
        if (result.isBefore(MIN_INSTANT) || !result.isBefore(END_INSTANT)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"" + text + "\"");
        }
        return result;
    }

    private static LocalDate today(Instant now, ZoneId zone) {
        return LocalDateTime.ofInstant(now, zone).toLocalDate();
    }

}
