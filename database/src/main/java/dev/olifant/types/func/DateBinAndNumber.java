package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Interval;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * date_bin (timestamp.c timestamp_bin) and to_number (formatting.c numeric_to_number) for the
 * common patterns: digit positions {@code 9} and {@code 0}, the decimal point {@code D} or
 * {@code .}, group separators {@code G} or {@code ,} (skipped), and a sign written anywhere
 * ({@code -}, or angle brackets with {@code PR}).
 */
final class DateBinAndNumber {
    private DateBinAndNumber() {
    }

    static void register(BuiltinCatalog c) {
        c.fn("date_bin", Types.TIMESTAMP, (ctx, a) -> {
            long stride = stride((Interval) a[0]);
            LocalDateTime src = (LocalDateTime) a[1];
            LocalDateTime origin = (LocalDateTime) a[2];
            long delta = ChronoUnit.MICROS.between(origin, src);
            return origin.plus(Math.floorDiv(delta, stride) * stride, ChronoUnit.MICROS);
        }, Types.INTERVAL, Types.TIMESTAMP, Types.TIMESTAMP);
        c.fn("date_bin", Types.TIMESTAMPTZ, (ctx, a) -> {
            long stride = stride((Interval) a[0]);
            Instant src = (Instant) a[1];
            Instant origin = (Instant) a[2];
            long delta = ChronoUnit.MICROS.between(origin, src);
            return origin.plus(Math.floorDiv(delta, stride) * stride, ChronoUnit.MICROS);
        }, Types.INTERVAL, Types.TIMESTAMPTZ, Types.TIMESTAMPTZ);
        c.fn("to_number", Types.NUMERIC, (ctx, a) -> toNumber((String) a[0], (String) a[1]), Types.TEXT, Types.TEXT);
    }

    private static long stride(Interval iv) {
        if (iv.months() != 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long micros = iv.days() * 86_400_000_000L + iv.micros();
        if (micros <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "stride must be greater than zero");
        }
        return micros;
    }

    static BigDecimal toNumber(String input, String format) {
        String f = format.toUpperCase(java.util.Locale.ROOT);
        int point = Math.max(f.indexOf('D'), f.indexOf('.'));
        int scale = 0;
        if (point >= 0) {
            for (int i = point + 1; i < f.length(); i++) {
                if (f.charAt(i) == '9' || f.charAt(i) == '0') {
                    scale++;
                }
            }
        }
        int intDigits = 0;
        for (int i = 0; i < (point >= 0 ? point : f.length()); i++) {
            if (f.charAt(i) == '9' || f.charAt(i) == '0') {
                intDigits++;
            }
        }
        boolean negative = input.indexOf('-') >= 0 || f.contains("PR") && input.indexOf('<') >= 0;
        StringBuilder intPart = new StringBuilder();
        StringBuilder frac = new StringBuilder();
        boolean afterPoint = false;
        for (int i = 0; i < input.length(); i++) {
            char ch = input.charAt(i);
            if (Character.isDigit(ch)) {
                if (afterPoint) {
                    if (frac.length() < scale) {
                        frac.append(ch);
                    }
                } else if (intPart.length() < intDigits) {
                    intPart.append(ch);
                }
            } else if (ch == '.' && point >= 0 && !afterPoint) {
                afterPoint = true;
            }
        }
        if (intPart.isEmpty() && frac.isEmpty()) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type numeric: \" \"");
        }
        while (frac.length() < scale) {
            frac.append('0');
        }
        BigDecimal d = new BigDecimal((intPart.isEmpty() ? "0" : intPart) + (scale > 0 ? "." + frac : ""));
        return negative ? d.negate() : d;
    }
}
