package dev.olifant.session;

import dev.olifant.catalog.Cluster;
import dev.olifant.commands.Vacuum;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The autovacuum launcher and worker in one daemon thread: every {@code autovacuum_naptime} it
 * vacuums the tables in which enough versions died since their last vacuum
 * ({@link Vacuum#needsVacuum}); a round in which nothing changed reads one counter per table.
 * Every tenth round, when aborted transactions are remembered, the round covers every table so
 * that the commit log can forget them.
 *
 * <p>Settings come from the instance's configured defaults: {@code autovacuum} (on/off) and
 * {@code autovacuum_naptime} (seconds, or with a unit: {@code ms}, {@code s}, {@code min}).
 */
final class Autovacuum implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Autovacuum.class);
    private static final int FULL_EVERY = 10;

    private final Cluster cluster;
    private final long naptimeMillis;
    private final Thread thread;
    private volatile boolean stopped;

    private Autovacuum(Cluster cluster, long naptimeMillis) {
        this.cluster = cluster;
        this.naptimeMillis = naptimeMillis;
        this.thread = Thread.ofPlatform().daemon().name("autovacuum").unstarted(this::loop);
    }

    /** Starts autovacuum unless the settings turn it off; returns null then. */
    static Autovacuum start(Cluster cluster, Map<String, String> settings) {
        String on = setting(settings, "autovacuum", "on").toLowerCase(Locale.ROOT);
        if (on.equals("off") || on.equals("false") || on.equals("0")) {
            return null;
        }
        Autovacuum a = new Autovacuum(cluster, naptimeMillis(setting(settings, "autovacuum_naptime", "60")));
        a.thread.start();
        return a;
    }

    private static String setting(Map<String, String> settings, String name, String dflt) {
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().trim();
            }
        }
        return dflt;
    }

    static long naptimeMillis(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long scale = 1000;
        if (v.endsWith("ms")) {
            scale = 1;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("min")) {
            scale = 60_000;
            v = v.substring(0, v.length() - 3);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Math.max(1, Long.parseLong(v.trim()) * scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value for parameter \"autovacuum_naptime\": \"" + value + "\"");
        }
    }

    private void loop() {
        long round = 0;
        while (!stopped) {
            try {
                Thread.sleep(naptimeMillis);
            } catch (InterruptedException e) {
                return;
            }
            round++;
            try {
                boolean full = round % FULL_EVERY == 0 && cluster.transactions().abortedRemembered() > 0;
                Vacuum.round(cluster, full);
            } catch (RuntimeException e) {
                LOG.warn("autovacuum round failed", e);
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
