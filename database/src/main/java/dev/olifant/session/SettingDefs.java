package dev.olifant.session;

import dev.olifant.session.SettingDef.Context;
import dev.olifant.session.SettingDef.Kind;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The configuration parameters Olifant knows, with PostgreSQL 15's names, defaults and contexts. */
public final class SettingDefs {
    private static final Map<String, SettingDef> DEFS = new LinkedHashMap<>();

    static {
        string("server_version", "15.0 (Olifant 0.1.0)", Context.INTERNAL, true, "Preset Options",
                "Shows the server version.");
        integer("server_version_num", "150000", Context.INTERNAL, false, null, "Preset Options",
                "Shows the server version as an integer.", 150000, 150000);
        string("server_encoding", "UTF8", Context.INTERNAL, true, "Preset Options",
                "Shows the server (database) character set encoding.");
        string("client_encoding", "UTF8", Context.USER, true, "Client Connection Defaults / Locale and Formatting",
                "Sets the client's character set encoding.");
        string("DateStyle", "ISO, MDY", Context.USER, true, "Client Connection Defaults / Locale and Formatting",
                "Sets the display format for date and time values.");
        enumeration("IntervalStyle", "postgres", Context.USER, true,
                List.of("postgres", "postgres_verbose", "sql_standard", "iso_8601"),
                "Client Connection Defaults / Locale and Formatting", "Sets the display format for interval values.");
        bool("integer_datetimes", "on", Context.INTERNAL, true, "Preset Options",
                "Shows whether datetimes are integer based.");
        bool("standard_conforming_strings", "on", Context.USER, true,
                "Version and Platform Compatibility / Previous PostgreSQL Versions",
                "Causes '...' strings to treat backslashes literally.");
        // Sequential scans here always start at the table's first version, so there is nothing to
        // synchronize; pg_dump sets it off, and it must be accepted.
        bool("synchronize_seqscans", "on", Context.USER, false,
                "Version and Platform Compatibility / Previous PostgreSQL Versions",
                "Enable synchronized sequential scans.");
        string("TimeZone", "Etc/UTC", Context.USER, true, "Client Connection Defaults / Locale and Formatting",
                "Sets the time zone for displaying and interpreting time stamps.");
        bool("is_superuser", "off", Context.INTERNAL, true, "Preset Options",
                "Shows whether the current user is a superuser.");
        string("session_authorization", "", Context.SUPERUSER, true, "Preset Options",
                "Sets the session user name.");
        string("role", "none", Context.USER, false, "Preset Options", "Sets the current role.");
        string("application_name", "", Context.USER, true, "Reporting and Logging / What to Log",
                "Sets the application name to be reported in statistics and logs.");
        bool("default_transaction_read_only", "off", Context.USER, true,
                "Client Connection Defaults / Statement Behavior",
                "Sets the default read-only status of new transactions.");
        bool("in_hot_standby", "off", Context.INTERNAL, true, "Preset Options",
                "Shows whether hot standby is currently active.");
        string("search_path", "\"$user\", public", Context.USER, false,
                "Client Connection Defaults / Statement Behavior",
                "Sets the schema search order for names that are not schema-qualified.");
        integer("statement_timeout", "0", Context.USER, false, "ms", "Client Connection Defaults / Statement Behavior",
                "Sets the maximum allowed duration of any statement.", 0, Integer.MAX_VALUE);
        integer("lock_timeout", "0", Context.USER, false, "ms", "Client Connection Defaults / Statement Behavior",
                "Sets the maximum allowed duration of any wait for a lock.", 0, Integer.MAX_VALUE);
        integer("idle_in_transaction_session_timeout", "0", Context.USER, false, "ms",
                "Client Connection Defaults / Statement Behavior",
                "Sets the maximum allowed idle time between queries, when in a transaction.", 0, Integer.MAX_VALUE);
        integer("idle_session_timeout", "0", Context.USER, false, "ms", "Client Connection Defaults / Statement Behavior",
                "Sets the maximum allowed idle time between queries, when not in a transaction.", 0, Integer.MAX_VALUE);
        integer("deadlock_timeout", "1000", Context.SUPERUSER, false, "ms", "Lock Management",
                "Sets the time to wait on a lock before checking for deadlock.", 1, Integer.MAX_VALUE);
        integer("extra_float_digits", "1", Context.USER, false, null,
                "Client Connection Defaults / Locale and Formatting",
                "Sets the number of digits displayed for floating-point values.", -15, 3);
        enumeration("default_transaction_isolation", "read committed", Context.USER, false,
                List.of("serializable", "repeatable read", "read committed", "read uncommitted"),
                "Client Connection Defaults / Statement Behavior",
                "Sets the transaction isolation level of each new transaction.");
        enumeration("transaction_isolation", "read committed", Context.USER, false,
                List.of("serializable", "repeatable read", "read committed", "read uncommitted"),
                "Client Connection Defaults / Statement Behavior",
                "Sets the current transaction's isolation level.");
        bool("transaction_read_only", "off", Context.USER, false, "Client Connection Defaults / Statement Behavior",
                "Sets the current transaction's read-only status.");
        bool("default_transaction_deferrable", "off", Context.USER, false,
                "Client Connection Defaults / Statement Behavior",
                "Sets the default deferrable status of new transactions.");
        bool("transaction_deferrable", "off", Context.USER, false, "Client Connection Defaults / Statement Behavior",
                "Whether to defer a read-only serializable transaction until it can be executed with no possible"
                        + " serialization failures.");
        enumeration("bytea_output", "hex", Context.USER, false, List.of("escape", "hex"),
                "Client Connection Defaults / Statement Behavior", "Sets the output format for bytea.");
        enumeration("client_min_messages", "notice", Context.USER, false,
                List.of("debug5", "debug4", "debug3", "debug2", "debug1", "debug", "log", "notice", "warning", "error",
                        "info"),
                "Client Connection Defaults / Statement Behavior",
                "Sets the message levels that are sent to the client.");
        enumeration("synchronous_commit", "on", Context.USER, false,
                List.of("local", "remote_write", "remote_apply", "on", "off", "true", "false", "yes", "no", "1", "0"),
                "Write-Ahead Log / Settings", "Sets the current transaction's synchronization level.");
        integer("max_connections", "100", Context.POSTMASTER, false, null, "Connections and Authentication / Connection Settings",
                "Sets the maximum number of concurrent connections.", 1, 262143);
        integer("port", "5432", Context.POSTMASTER, false, null, "Connections and Authentication / Connection Settings",
                "Sets the TCP port the server listens on.", 1, 65535);
        integer("work_mem", "4096", Context.USER, false, "kB", "Resource Usage / Memory",
                "Sets the maximum memory to be used for query workspaces.", 64, Integer.MAX_VALUE);
        integer("maintenance_work_mem", "65536", Context.USER, false, "kB", "Resource Usage / Memory",
                "Sets the maximum memory to be used for maintenance operations.", 1024, Integer.MAX_VALUE);
        integer("max_identifier_length", "63", Context.INTERNAL, false, null, "Preset Options",
                "Shows the maximum identifier length.", 63, 63);
        integer("max_index_keys", "32", Context.INTERNAL, false, null, "Preset Options",
                "Shows the maximum number of index keys.", 32, 32);
        integer("block_size", "8192", Context.INTERNAL, false, null, "Preset Options",
                "Shows the size of a disk block.", 8192, 8192);
        string("lc_collate", "C.UTF-8", Context.INTERNAL, false, "Preset Options",
                "Shows the collation order locale.");
        string("lc_ctype", "C.UTF-8", Context.INTERNAL, false, "Preset Options",
                "Shows the character classification and case conversion locale.");
        string("lc_messages", "C.UTF-8", Context.SUPERUSER, false, "Client Connection Defaults / Locale and Formatting",
                "Sets the language in which messages are displayed.");
        string("lc_monetary", "C.UTF-8", Context.USER, false, "Client Connection Defaults / Locale and Formatting",
                "Sets the locale for formatting monetary amounts.");
        string("lc_numeric", "C.UTF-8", Context.USER, false, "Client Connection Defaults / Locale and Formatting",
                "Sets the locale for formatting numbers.");
        string("lc_time", "C.UTF-8", Context.USER, false, "Client Connection Defaults / Locale and Formatting",
                "Sets the locale for formatting date and time values.");
        bool("row_security", "on", Context.USER, false, "Client Connection Defaults / Statement Behavior",
                "Enable row security.");
        bool("jit", "off", Context.USER, false, "Query Tuning / Other Planner Options", "Allow JIT compilation.");
        string("default_tablespace", "", Context.USER, false, "Client Connection Defaults / Statement Behavior",
                "Sets the default tablespace to create tables and indexes in.");
        enumeration("password_encryption", "scram-sha-256", Context.USER, false, List.of("md5", "scram-sha-256"),
                "Connections and Authentication / Authentication", "Chooses the algorithm for encrypting passwords.");
        bool("check_function_bodies", "on", Context.USER, false, "Client Connection Defaults / Statement Behavior",
                "Check routine bodies during CREATE FUNCTION and CREATE PROCEDURE.");
        bool("enable_seqscan", "on", Context.USER, false, "Query Tuning / Planner Method Configuration",
                "Enables the planner's use of sequential-scan plans.");
        bool("enable_indexscan", "on", Context.USER, false, "Query Tuning / Planner Method Configuration",
                "Enables the planner's use of index-scan plans.");
        string("timezone_abbreviations", "Default", Context.USER, false,
                "Client Connection Defaults / Locale and Formatting",
                "Selects a file of time zone abbreviations.");
        bool("fsync", "on", Context.SIGHUP, false, "Write-Ahead Log / Settings",
                "Forces synchronization of updates to disk.");
        enumeration("plan_cache_mode", "auto", Context.USER, false,
                List.of("auto", "force_generic_plan", "force_custom_plan"), "Query Tuning / Other Planner Options",
                "Controls the planner's selection of custom or generic plan.");
        bool("autovacuum", "on", Context.SIGHUP, false, "Autovacuum", "Starts the autovacuum subprocess.");
        integer("autovacuum_naptime", "60", Context.SIGHUP, false, "s", "Autovacuum",
                "Time to sleep between autovacuum runs.", 1, Integer.MAX_VALUE / 1000);
        // the freeze ages: VACUUM here freezes every version all snapshots see, whatever their age
        String freeze = "Client Connection Defaults / Statement Behavior";
        integer("vacuum_freeze_min_age", "50000000", Context.USER, false, null, freeze,
                "Minimum age at which VACUUM should freeze a table row.", 0, 1000000000);
        integer("vacuum_freeze_table_age", "150000000", Context.USER, false, null, freeze,
                "Age at which VACUUM should scan whole table to freeze tuples.", 0, 2000000000);
        integer("vacuum_multixact_freeze_min_age", "5000000", Context.USER, false, null, freeze,
                "Minimum age at which VACUUM should freeze a MultiXactId in a table row.", 0, 1000000000);
        integer("vacuum_multixact_freeze_table_age", "150000000", Context.USER, false, null, freeze,
                "Multixact age at which VACUUM should scan whole table to freeze tuples.", 0, 2000000000);
        WalSettingDefs.define();
        PlannerSettingDefs.define();
    }

    private SettingDefs() {
    }

    static void add(SettingDef d) {
        DEFS.put(d.name().toLowerCase(Locale.ROOT), d);
    }

    private static void string(String n, String dflt, Context c, boolean reported, String cat, String desc) {
        add(new SettingDef(n, Kind.STRING, dflt, c, reported, null, List.of(), cat, desc, 0, 0));
    }

    private static void bool(String n, String dflt, Context c, boolean reported, String cat, String desc) {
        add(new SettingDef(n, Kind.BOOL, dflt, c, reported, null, List.of(), cat, desc, 0, 1));
    }

    private static void integer(String n, String dflt, Context c, boolean reported, String unit, String cat,
            String desc, long min, long max) {
        add(new SettingDef(n, Kind.INTEGER, dflt, c, reported, unit, List.of(), cat, desc, min, max));
    }

    private static void enumeration(String n, String dflt, Context c, boolean reported, List<String> values,
            String cat, String desc) {
        add(new SettingDef(n, Kind.ENUM, dflt, c, reported, null, values, cat, desc, 0, 0));
    }

    /** The definition named {@code name} (case-insensitive), or null. */
    public static SettingDef find(String name) {
        return DEFS.get(name.toLowerCase(Locale.ROOT));
    }

    public static Collection<SettingDef> all() {
        return Collections.unmodifiableCollection(DEFS.values());
    }
}
