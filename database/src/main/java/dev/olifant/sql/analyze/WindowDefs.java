package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.WindowDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named windows (the WINDOW clause) and how an OVER clause combines with them, by PostgreSQL's
 * rules: {@code OVER w} is window w itself; {@code OVER (w ORDER BY …)} copies w's PARTITION BY
 * and may add an ORDER BY (if w has none) and a frame (w must have none).
 */
final class WindowDefs {
    private WindowDefs() {
    }

    /** The WINDOW clause's windows by name, each resolved against the ones before it. */
    static Map<String, WindowDef> named(List<WindowDef> clause) {
        Map<String, WindowDef> out = new LinkedHashMap<>();
        for (WindowDef d : clause) {
            if (out.containsKey(d.name())) {
                throw new PgException(SqlState.WINDOWING_ERROR, "window \"" + d.name() + "\" is already defined")
                        .withPosition(d.location() + 1);
            }
            WindowDef resolved = d.refName() == null ? d : copy(d, out);
            out.put(d.name(), new WindowDef(d.name(), null, resolved.partitionBy(), resolved.orderBy(),
                    resolved.frame(), d.location()));
        }
        return out;
    }

    /** The window an OVER clause denotes. */
    static WindowDef effective(WindowDef over, Map<String, WindowDef> named) {
        if (over.name() != null) {
            WindowDef d = named.get(over.name());
            if (d == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "window \"" + over.name() + "\" does not exist")
                        .withPosition(over.location() + 1);
            }
            return d;
        }
        return over.refName() == null ? over : copy(over, named);
    }

    private static WindowDef copy(WindowDef d, Map<String, WindowDef> named) {
        WindowDef base = named.get(d.refName());
        if (base == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "window \"" + d.refName() + "\" does not exist")
                    .withPosition(d.location() + 1);
        }
        if (!d.partitionBy().isEmpty()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "cannot override PARTITION BY clause of window \""
                    + d.refName() + "\"").withPosition(d.location() + 1);
        }
        if (!d.orderBy().isEmpty() && !base.orderBy().isEmpty()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "cannot override ORDER BY clause of window \""
                    + d.refName() + "\"").withPosition(d.location() + 1);
        }
        if (base.frame() != null) {
            throw new PgException(SqlState.WINDOWING_ERROR, "cannot copy window \"" + d.refName()
                    + "\" because it has a frame clause").withPosition(d.location() + 1);
        }
        return new WindowDef(null, null, base.partitionBy(), d.orderBy().isEmpty() ? base.orderBy() : d.orderBy(),
                d.frame(), d.location());
    }
}
