package dev.olifant.session;

import java.util.List;

/**
 * The definition of a configuration parameter (a GUC): its PostgreSQL name, kind, default,
 * who may change it, and whether changes are reported to the client with ParameterStatus.
 *
 * @param unit       for integer settings with units: "ms", "s", "min" (time) or "kB", "8kB" (memory); else null
 * @param enumValues the accepted values of an enum setting (lower case), else empty
 */
public record SettingDef(String name, Kind kind, String defaultValue, Context context, boolean reported, String unit,
        List<String> enumValues, String category, String description, long min, long max) {

    /** pg_settings.vartype. */
    public enum Kind { BOOL, INTEGER, REAL, STRING, ENUM }

    /** pg_settings.context: when a setting may change. */
    public enum Context {
        INTERNAL("internal"), POSTMASTER("postmaster"), SIGHUP("sighup"), BACKEND("backend"),
        SUPERUSER("superuser"), USER("user");

        private final String sql;

        Context(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public boolean settableBySession() {
        return context == Context.USER || context == Context.SUPERUSER;
    }
}
