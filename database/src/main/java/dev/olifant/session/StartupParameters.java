package dev.olifant.session;

import java.util.Map;

/**
 * The settings a client sends in its startup packet: each parameter other than {@code user},
 * {@code database} and {@code replication} is a setting, and {@code options} carries more of them
 * as command-line switches ({@code -c name=value}, {@code --name=value}), as PostgreSQL's
 * backends read them. They are applied with superuser rights, like PostgreSQL's PGC_BACKEND
 * source; an unknown undotted name fails startup with 42704.
 */
final class StartupParameters {
    private StartupParameters() {
    }

    static void apply(Settings settings, Map<String, String> params) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            switch (e.getKey()) {
                case "user", "database", "replication" -> {
                }
                case "options" -> applyOptions(settings, e.getValue());
                default -> settings.set(e.getKey(), e.getValue(), false, false, true);
            }
        }
    }

    private static void applyOptions(Settings settings, String options) {
        String[] words = options.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String assignment = null;
            if (w.equals("-c") && i + 1 < words.length) {
                assignment = words[++i];
            } else if (w.startsWith("-c")) {
                assignment = w.substring(2);
            } else if (w.startsWith("--")) {
                assignment = w.substring(2);
            }
            if (assignment != null && assignment.contains("=")) {
                int eq = assignment.indexOf('=');
                settings.set(assignment.substring(0, eq).replace('-', '_'), assignment.substring(eq + 1), false, false,
                        true);
            }
        }
    }
}
