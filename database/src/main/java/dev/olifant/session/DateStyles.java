package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.FormatSettings;
import java.util.Locale;

/** DateStyle: an output style plus a field order, written like {@code ISO, MDY}. */
final class DateStyles {
    private DateStyles() {
    }

    /** Canonical "Style, Order" from a SET value, which may name either part or both. */
    static String canonical(String value, String raw) {
        String style = null;
        String order = null;
        for (String part : value.split("[,\\s]+")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            switch (p) {
                case "ISO" -> style = "ISO";
                case "POSTGRES" -> style = "Postgres";
                case "SQL" -> style = "SQL";
                case "GERMAN" -> {
                    style = "German";
                    if (order == null) {
                        order = "DMY";
                    }
                }
                case "MDY", "US", "NONEURO", "NONEUROPEAN" -> order = "MDY";
                case "DMY", "EURO", "EUROPEAN" -> order = "DMY";
                case "YMD" -> order = "YMD";
                case "DEFAULT" -> {
                    style = "ISO";
                    order = "MDY";
                }
                default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"" + raw + "\"")
                        .withDetail("Unrecognized key word: \"" + part.trim() + "\".");
            }
        }
        return (style == null ? "ISO" : style) + ", " + (order == null ? "MDY" : order);
    }

    static FormatSettings.DateStyle style(String canonical) {
        String s = canonical.substring(0, canonical.indexOf(','));
        return FormatSettings.DateStyle.valueOf(s.toUpperCase(Locale.ROOT));
    }

    static FormatSettings.DateOrder order(String canonical) {
        return FormatSettings.DateOrder.valueOf(canonical.substring(canonical.indexOf(',') + 2));
    }
}
