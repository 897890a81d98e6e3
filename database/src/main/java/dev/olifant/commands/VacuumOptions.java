package dev.olifant.commands;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DefElemKind;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import java.util.Locale;

/**
 * The options of a VACUUM or ANALYZE statement, checked as PostgreSQL's ExecVacuum checks them:
 * ANALYZE takes only VERBOSE and SKIP_LOCKED; VACUUM also ANALYZE, FREEZE, FULL,
 * DISABLE_PAGE_SKIPPING, INDEX_CLEANUP, PROCESS_TOAST, TRUNCATE and PARALLEL.
 *
 * @param skipLocked SKIP_LOCKED: a table whose lock is not free at once is skipped (with a warning
 *     when the statement named it) instead of waited for
 */
public record VacuumOptions(boolean vacuum, boolean analyze, boolean verbose, boolean full, boolean freeze,
        boolean skipLocked) {
    /** PostgreSQL's MAX_PARALLEL_WORKER_LIMIT. */
    private static final int MAX_PARALLEL_WORKERS = 1024;

    public static VacuumOptions of(VacuumStmt v) {
        boolean analyze = !v.vacuum();
        boolean verbose = false;
        boolean full = false;
        boolean freeze = false;
        boolean skipLocked = false;
        boolean disablePageSkipping = false;
        int workers = 0;
        for (DefElem o : v.options()) {
            String name = o.name().toLowerCase(Locale.ROOT);
            switch (name) {
                case "verbose" -> verbose = bool(o);
                case "skip_locked" -> skipLocked = bool(o);
                default -> {
                    if (!v.vacuum()) {
                        throw unrecognized("ANALYZE", o);
                    }
                    switch (name) {
                        case "analyze" -> analyze = bool(o);
                        case "freeze" -> freeze = bool(o);
                        case "full" -> full = bool(o);
                        case "disable_page_skipping" -> disablePageSkipping = bool(o);
                        case "process_toast", "truncate" -> bool(o);
                        case "index_cleanup" -> {
                            if (!"auto".equalsIgnoreCase(o.value())) {
                                bool(o);
                            }
                        }
                        case "parallel" -> workers = parallel(o);
                        default -> throw unrecognized("VACUUM", o);
                    }
                }
            }
        }
        if (full && workers > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "VACUUM FULL cannot be performed in parallel");
        }
        if (full && disablePageSkipping) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "VACUUM option DISABLE_PAGE_SKIPPING cannot be used with FULL");
        }
        if (!analyze) {
            for (VacuumRelation r : v.relations()) {
                if (!r.columns().isEmpty()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "ANALYZE option must be specified when a column list is provided");
                }
            }
        }
        return new VacuumOptions(v.vacuum(), analyze, verbose, full, freeze, skipLocked);
    }

    private static PgException unrecognized(String command, DefElem o) {
        return new PgException(SqlState.SYNTAX_ERROR, "unrecognized " + command + " option \"" + o.name() + "\"")
                .withPosition(o.location() + 1);
    }

    /** PostgreSQL's defGetBoolean: no value means true. */
    static boolean bool(DefElem o) {
        if (o.kind() == DefElemKind.NONE) {
            return true;
        }
        String s = o.value() == null ? "" : o.value().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, o.name() + " requires a Boolean value");
        };
    }

    private static int parallel(DefElem o) {
        if (o.kind() == DefElemKind.NONE) {
            throw new PgException(SqlState.SYNTAX_ERROR, "parallel option requires a value between 0 and "
                    + MAX_PARALLEL_WORKERS).withPosition(o.location() + 1);
        }
        int n;
        try {
            n = Integer.parseInt(o.value());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.SYNTAX_ERROR, o.name() + " requires an integer value");
        }
        if (n < 0 || n > MAX_PARALLEL_WORKERS) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "parallel workers for vacuum must be between 0 and "
                    + MAX_PARALLEL_WORKERS).withPosition(o.location() + 1);
        }
        return n;
    }
}
