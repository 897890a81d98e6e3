package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.system.ActivityInfo;
import dev.olifant.catalog.system.SettingInfo;
import dev.olifant.catalog.system.SystemContext;
import dev.olifant.lock.LockInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the system views (pg_settings, pg_stat_activity, pg_locks, catalog views) read from the
 * session that queries them: its database, catalog, search path and user, the settings as this
 * session sees them, and the instance-wide activity and lock tables.
 */
final class SessionSystemContext implements SystemContext {
    private final PgSession session;

    SessionSystemContext(PgSession session) {
        this.session = session;
    }

    @Override
    public Cluster cluster() {
        return session.instance().cluster();
    }

    @Override
    public Database database() {
        return session.database();
    }

    @Override
    public Catalog catalog() {
        return session.catalog();
    }

    @Override
    public List<Long> searchPath() {
        return session.searchPath().schemas();
    }

    @Override
    public long userOid() {
        return session.role().oid();
    }

    @Override
    public String setting(String name) {
        return session.show(name);
    }

    @Override
    public List<ActivityInfo> activity() {
        List<ActivityInfo> out = new ArrayList<>();
        for (PgSession s : session.instance().sessions()) {
            out.add(s.activityInfo());
        }
        out.sort(Comparator.comparingInt(ActivityInfo::pid));
        return out;
    }

    @Override
    public List<dev.olifant.catalog.system.CursorInfo> cursors() {
        List<dev.olifant.catalog.system.CursorInfo> out = new ArrayList<>();
        for (Cursor c : session.cursors.all()) {
            out.add(new dev.olifant.catalog.system.CursorInfo(c.name, c.statement, c.holdable, c.binary, c.scrollable,
                    c.created));
        }
        return out;
    }

    @Override
    public List<LockInfo> locks() {
        return session.instance().locks().snapshot();
    }

    /**
     * pg_settings' view of the settings: the source is "default" for a value nobody changed,
     * "configuration file" for the server's configuration, "client" for a startup parameter and
     * "session" for SET.
     */
    @Override
    public List<SettingInfo> settings() {
        List<SettingInfo> out = new ArrayList<>();
        Settings settings = session.settings();
        Map<String, String> configured = session.configuredSettings();
        for (SettingDef d : SettingDefs.all()) {
            String value = settings.get(d.name());
            String reset = settings.sessionDefault(d.name());
            String source;
            if (Objects.equals(value, d.defaultValue())) {
                source = "default";
            } else if (!Objects.equals(value, reset)) {
                source = "session";
            } else if (configured.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(d.name()))) {
                source = "configuration file";
            } else {
                source = d.context() == SettingDef.Context.INTERNAL ? "override" : "client";
            }
            boolean numeric = d.kind() == SettingDef.Kind.INTEGER || d.kind() == SettingDef.Kind.REAL;
            out.add(new SettingInfo(d.name(), value, d.unit(), d.category(), d.description(), d.context().sql(),
                    d.kind().name().toLowerCase(Locale.ROOT), source,
                    numeric ? SettingValues.bound(d, d.min()) : null, numeric ? SettingValues.bound(d, d.max()) : null,
                    d.kind() == SettingDef.Kind.ENUM ? d.enumValues() : null, d.defaultValue(), reset));
        }
        return out;
    }
}
