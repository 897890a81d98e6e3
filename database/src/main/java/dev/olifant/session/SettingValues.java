package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.TimeZones;
import java.util.Locale;

/** Parsing and display of setting values: booleans, integers with units, enums and the special strings. */
final class SettingValues {
    private SettingValues() {
    }

    static String canonical(SettingDef def, String raw) {
        String v = raw.trim();
        return switch (def.kind()) {
            case BOOL -> parseBool(def, v) ? "on" : "off";
            case INTEGER -> Long.toString(parseInteger(def, v));
            case REAL -> formatReal(parseReal(def, v, raw));
            case ENUM -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!def.enumValues().contains(lower)) {
                    throw invalid(def, raw).withHint("Available values: " + String.join(", ", def.enumValues()) + ".");
                }
                yield lower;
            }
            case STRING -> canonicalString(def, v, raw);
        };
    }

    private static String canonicalString(SettingDef def, String v, String raw) {
        switch (def.name()) {
            case "client_encoding" -> {
                String norm = v.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
                if (norm.equals("UTF8") || norm.equals("UNICODE")) {
                    return "UTF8";
                }
                if (norm.equals("SQLASCII")) {
                    return "SQL_ASCII";
                }
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "conversion between " + v.toUpperCase(Locale.ROOT) + " and UTF8 is not supported");
            }
            case "TimeZone" -> {
                return canonicalTimeZone(def, v, raw);
            }
            case "DateStyle" -> {
                return DateStyles.canonical(v, raw);
            }
            default -> {
                return v;
            }
        }
    }

    static String canonicalTimeZone(SettingDef def, String v, String raw) {
        String canonical = TimeZones.canonicalSetting(v);
        if (canonical == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"TimeZone\": \""
                    + raw + "\"");
        }
        return canonical;
    }

    private static boolean parseBool(SettingDef def, String v) {
        String s = v.toLowerCase(Locale.ROOT);
        switch (s) {
            case "on", "true", "yes", "1", "t", "y", "tr", "tru", "ye" -> {
                return true;
            }
            case "off", "false", "no", "0", "f", "n", "fa", "fal", "fals", "of" -> {
                return false;
            }
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "parameter \"" + def.name() + "\" requires a Boolean value");
        }
    }

    private static long parseInteger(SettingDef def, String v) {
        int i = 0;
        if (i < v.length() && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
            i++;
        }
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
            i++;
        }
        String number = v.substring(0, i);
        String unit = v.substring(i).trim();
        double n;
        try {
            n = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw invalid(def, v);
        }
        double factor = 1;
        if (!unit.isEmpty()) {
            if (def.unit() == null) {
                throw invalid(def, v);
            }
            factor = unitFactor(def, unit);
        }
        long result = Math.round(n * factor);
        if (result < def.min() || result > def.max()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, result + " is outside the valid range for parameter \""
                    + def.name() + "\" (" + def.min() + " .. " + def.max() + ")");
        }
        return result;
    }

    private static double unitFactor(SettingDef def, String unit) {
        boolean time = def.unit().equals("ms") || def.unit().equals("s") || def.unit().equals("min");
        double base = switch (def.unit()) {
            case "ms", "kB" -> 1;
            case "8kB" -> 8;
            case "MB" -> 1024;
            case "s" -> 1000;
            case "min" -> 60_000;
            default -> 1;
        };
        double inMs = switch (unit) {
            case "us" -> time ? 0.001 : Double.NaN;
            case "ms" -> time ? 1 : Double.NaN;
            case "s" -> time ? 1000 : Double.NaN;
            case "min" -> time ? 60_000 : Double.NaN;
            case "h" -> time ? 3_600_000 : Double.NaN;
            case "d" -> time ? 86_400_000 : Double.NaN;
            case "B" -> time ? Double.NaN : 1.0 / 1024;
            case "kB" -> time ? Double.NaN : 1;
            case "MB" -> time ? Double.NaN : 1024;
            case "GB" -> time ? Double.NaN : 1024 * 1024;
            case "TB" -> time ? Double.NaN : 1024.0 * 1024 * 1024;
            default -> Double.NaN;
        };
        if (Double.isNaN(inMs)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"" + def.name()
                    + "\": \"" + unit + "\"").withHint(time
                            ? "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\"."
                            : "Valid units for this parameter are \"B\", \"kB\", \"MB\", \"GB\", and \"TB\".");
        }
        return inMs / base;
    }

    static String display(SettingDef def, String canonical) {
        if (def.kind() != SettingDef.Kind.INTEGER || def.unit() == null) {
            return canonical;
        }
        long v = Long.parseLong(canonical);
        if (v == 0) {
            return "0";
        }
        if (def.unit().equals("8kB")) {
            v *= 8;
        } else if (def.unit().equals("MB")) {
            v *= 1024;
        }
        if (def.unit().endsWith("B")) {
            if (v % (1024L * 1024 * 1024) == 0) {
                return v / (1024L * 1024 * 1024) + "TB";
            }
            if (v % (1024L * 1024) == 0) {
                return v / (1024L * 1024) + "GB";
            }
            if (v % 1024 == 0) {
                return v / 1024 + "MB";
            }
            return v + "kB";
        }
        long ms = def.unit().equals("s") ? v * 1000 : def.unit().equals("min") ? v * 60_000 : v;
        if (ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    /**
     * A real setting's value, checked against its range; a maximum of {@link Long#MAX_VALUE} stands
     * for PostgreSQL's DBL_MAX.
     */
    private static double parseReal(SettingDef def, String v, String raw) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw invalid(def, raw);
        }
        if (Double.isNaN(d) || d < def.min() || (def.max() != Long.MAX_VALUE && d > def.max())
                || Double.isInfinite(d)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, formatReal(d)
                    + " is outside the valid range for parameter \"" + def.name() + "\" (" + bound(def, def.min())
                    + " .. " + bound(def, def.max()) + ")");
        }
        return d;
    }

    /** A range bound as pg_settings.min_val / max_val shows it. */
    static String bound(SettingDef def, long b) {
        if (def.kind() == SettingDef.Kind.REAL && b == Long.MAX_VALUE) {
            return formatReal(Double.MAX_VALUE);
        }
        return Long.toString(b);
    }

    /** C's {@code %g}, as PostgreSQL shows real settings: six significant digits, no trailing zeros. */
    static String formatReal(double d) {
        if (d == 0) {
            return "0";
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(d).round(new java.math.MathContext(6));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            java.math.BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String e = Integer.toString(Math.abs(exponent));
            return mantissa.toPlainString() + (exponent < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    static PgException invalid(SettingDef def, String raw) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"" + def.name()
                + "\": \"" + raw + "\"");
    }
}
