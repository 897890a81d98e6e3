package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import java.util.List;

/** What a system view reads: the catalog as the scanning statement's session sees it. */
public interface SystemContext {

    Cluster cluster();

    Database database();

    Catalog catalog();

    /** The schemas of search_path, in search order. */
    List<Long> searchPath();

    /** The current role's OID. */
    long userOid();

    /** SHOW's rendering of a setting. */
    String setting(String name);

    /** Every configuration parameter, for pg_settings. */
    List<SettingInfo> settings();

    /** The instance's sessions, for pg_stat_activity. */
    List<ActivityInfo> activity();

    /** Every lock held or awaited, for pg_locks. */
    List<dev.olifant.lock.LockInfo> locks();

    /** The session's open cursors, for pg_cursors. */
    default List<CursorInfo> cursors() {
        return List.of();
    }
}
