package dev.olifant.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each golden file a database of its own, {@code golden_NAME}, created fresh with
 * {@code CREATE DATABASE} (as {@code regenerate.sh} does) and dropped afterwards.
 *
 * <p>A server that cannot create databases yet gets a fallback: every file runs in
 * {@code postgres}, and the tables the file creates (found by its {@code CREATE TABLE}
 * statements) are dropped before and after it, so that files do not see each other's tables.
 * The first failing {@code CREATE DATABASE} switches to the fallback for the rest of the run.
 */
final class TestDatabases {

    private static final String SHARED_DATABASE = "postgres";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)",
            Pattern.CASE_INSENSITIVE);

    private final Psql psql;
    private final Path sqlDir;
    private String sharedReason;

    TestDatabases(Psql psql, Path sqlDir) {
        this.psql = psql;
        this.sqlDir = sqlDir;
    }

    static String databaseName(String testName) {
        return "golden_" + testName;
    }

    /** Why the run fell back to one shared database, or null while fresh databases work. */
    String sharedReason() {
        return sharedReason;
    }

    /** Makes a clean database for the file and returns its name. */
    String prepare(String testName) throws IOException, InterruptedException {
        if (sharedReason == null) {
            String db = quote(databaseName(testName));
            answered(psql.commands(SHARED_DATABASE, false, "DROP DATABASE IF EXISTS " + db), "DROP DATABASE");
            Psql.Result created = answered(psql.commands(SHARED_DATABASE, true, "CREATE DATABASE " + db),
                    "CREATE DATABASE");
            if (created.ok()) {
                return databaseName(testName);
            }
            sharedReason = "CREATE DATABASE failed (" + created.output().strip() + "); every file runs in database "
                    + SHARED_DATABASE + " and the tables it creates are dropped around it";
            System.out.println("golden: " + sharedReason);
        }
        dropCreatedTables(testName);
        return SHARED_DATABASE;
    }

    /** A server that does not answer a setup command at all is hung: the file cannot run. */
    private static Psql.Result answered(Psql.Result result, String what) {
        if (result.timedOut()) {
            String output = result.output().strip();
            throw new IllegalStateException("the server did not answer " + what + " in time (psql killed)"
                    + (output.isEmpty() ? "" : "; psql printed: " + output));
        }
        return result;
    }

    /** Removes what the file left behind. */
    void finish(String testName) throws IOException, InterruptedException {
        if (sharedReason == null) {
            answered(psql.commands(SHARED_DATABASE, false, "DROP DATABASE IF EXISTS " + quote(databaseName(testName))),
                    "DROP DATABASE");
        } else {
            dropCreatedTables(testName);
        }
    }

    private void dropCreatedTables(String testName) throws IOException, InterruptedException {
        String[] drops = createdTables(Files.readString(sqlDir.resolve(testName + ".sql"))).stream()
                .map(table -> "DROP TABLE IF EXISTS " + table)
                .toArray(String[]::new);
        if (drops.length > 0) {
            answered(psql.commands(SHARED_DATABASE, false, drops), "DROP TABLE");
        }
    }

    /** The table names (as written, quotes kept) of the file's CREATE TABLE statements. */
    static Set<String> createdTables(String sql) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher m = CREATE_TABLE.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
