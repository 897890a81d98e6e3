package dev.olifant.session;

import dev.olifant.session.SettingDef.Context;
import dev.olifant.session.SettingDef.Kind;
import dev.olifant.wal.SyncCommit;
import dev.olifant.wal.WalSettings;
import java.util.List;
import java.util.Map;

/**
 * The WAL's settings (PostgreSQL 15's names, defaults, ranges and contexts), and how the
 * server-wide ones reach {@link WalSettings}. full_page_writes is accepted and has no effect:
 * Olifant never writes data pages in place (checkpoint images are written whole to a new file and
 * renamed), so there is no torn page for a full-page image to repair.
 */
final class WalSettingDefs {
    private WalSettingDefs() {
    }

    static void define() {
        String settings = "Write-Ahead Log / Settings";
        String checkpoints = "Write-Ahead Log / Checkpoints";
        SettingDefs.add(new SettingDef("wal_sync_method", Kind.ENUM, "fdatasync", Context.SIGHUP, false, null,
                List.of("fsync", "fdatasync", "open_sync", "open_datasync"), settings,
                "Selects the method used for forcing WAL updates to disk.", 0, 0));
        SettingDefs.add(new SettingDef("full_page_writes", Kind.BOOL, "on", Context.SIGHUP, false, null, List.of(),
                settings, "Writes full pages to WAL when first modified after a checkpoint.", 0, 1));
        SettingDefs.add(new SettingDef("commit_delay", Kind.INTEGER, "0", Context.SUPERUSER, false, null, List.of(),
                settings, "Sets the delay in microseconds between transaction commit and flushing WAL to disk.", 0,
                100000));
        SettingDefs.add(new SettingDef("commit_siblings", Kind.INTEGER, "5", Context.USER, false, null, List.of(),
                settings, "Sets the minimum number of concurrent open transactions required before performing "
                        + "commit_delay.", 0, 1000));
        SettingDefs.add(new SettingDef("wal_writer_delay", Kind.INTEGER, "200", Context.SIGHUP, false, "ms", List.of(),
                settings, "Time between WAL flushes performed in the WAL writer.", 1, 10000));
        SettingDefs.add(new SettingDef("checkpoint_timeout", Kind.INTEGER, "300", Context.SIGHUP, false, "s",
                List.of(), checkpoints, "Sets the maximum time between automatic WAL checkpoints.", 30, 86400));
        SettingDefs.add(new SettingDef("max_wal_size", Kind.INTEGER, "1024", Context.SIGHUP, false, "MB", List.of(),
                checkpoints, "Sets the WAL size that triggers a checkpoint.", 2, Integer.MAX_VALUE));
    }

    /** The server-wide WAL settings from the instance's configured defaults. */
    static WalSettings from(Map<String, String> configured) {
        WalSettings w = new WalSettings();
        String v = configured.get("fsync");
        if (v != null) {
            w.fsync = !(v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
        }
        v = configured.get("synchronous_commit");
        if (v != null) {
            w.synchronousCommit = SyncCommit.parse(v);
        }
        w.commitDelayMicros = intOr(configured, "commit_delay", w.commitDelayMicros);
        w.commitSiblings = intOr(configured, "commit_siblings", w.commitSiblings);
        w.walWriterDelayMillis = intOr(configured, "wal_writer_delay", w.walWriterDelayMillis);
        w.checkpointTimeoutSeconds = intOr(configured, "checkpoint_timeout", w.checkpointTimeoutSeconds);
        w.maxWalSizeMb = intOr(configured, "max_wal_size", w.maxWalSizeMb);
        return w;
    }

    private static int intOr(Map<String, String> m, String key, int dflt) {
        String v = m.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.replaceAll("[^0-9-]", ""));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
