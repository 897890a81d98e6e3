package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Trigger;
import dev.olifant.types.PgType;
import dev.olifant.types.Typmods;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * User-defined functions and triggers in the system catalogs: their pg_proc and pg_trigger rows,
 * and the texts of pg_get_function_arguments / _result and pg_get_triggerdef.
 */
public final class RoutineRows {
    /** PostgreSQL 15's pg_language OIDs. */
    public static final long LANG_SQL = 14;
    public static final long LANG_PLPGSQL = 13563;

    private RoutineRows() {
    }

    static List<Object[]> procRows(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Routine r : catalog.routines().all()) {
            List<PgType> in = r.inputTypes();
            long[] argTypes = new long[in.size()];
            for (int i = 0; i < argTypes.length; i++) {
                argTypes[i] = in.get(i).oid();
            }
            boolean allIn = r.argModes().stream().allMatch(m -> m == 'i');
            List<Long> all = new ArrayList<>();
            List<String> modes = new ArrayList<>();
            r.argTypes().forEach(t -> all.add((long) t.oid()));
            r.argModes().forEach(m -> modes.add(String.valueOf(m)));
            boolean named = r.argNames().stream().anyMatch(n -> !n.isEmpty());
            rows.add(new Object[] {
                r.oid(), r.name(), r.namespaceOid(), r.ownerOid(), r.language().equals("sql") ? LANG_SQL : LANG_PLPGSQL,
                100.0f, r.returnsSet() ? 1000.0f : 0.0f, 0L, 0L, Values.ch(r.kind()), false, false, r.strict(),
                r.returnsSet(), Values.ch(r.volatility()), Values.ch(r.parallel()), Values.int2(in.size()),
                Values.int2(r.argDefaults().size()), (long) r.returnType().oid(), Values.oidVector(argTypes),
                allIn ? null : Values.oidArray(all), allIn ? null : Values.vector(dev.olifant.types.Types.CHAR,
                        modes.toArray()), named ? Values.textArray(r.argNames()) : null, null, null, r.body(), null,
                null, null, null,
            });
        }
        return rows;
    }

    static List<Object[]> triggerRows(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Trigger t : catalog.routines().triggers()) {
            StringBuilder args = new StringBuilder();
            for (String a : t.arguments()) {
                args.append(a).append('\0');
            }
            rows.add(new Object[] {
                t.oid(), t.tableOid(), t.parentOid(), t.name(), t.functionOid(), Values.int2(t.type()), Values.ch(t.enabled()),
                false, 0L, 0L, 0L, t.deferrable(), t.initiallyDeferred(), Values.int2(t.arguments().size()),
                Values.int2Vector(t.columns()), args.toString().getBytes(StandardCharsets.UTF_8), null, null, null,
            });
        }
        return rows;
    }

    /** pg_get_function_arguments: {@code [mode ][name ]type[ DEFAULT expr]}, comma-separated. */
    public static String arguments(Routine r, boolean identity) {
        List<String> parts = new ArrayList<>();
        int inputs = r.inputTypes().size();
        int firstDefault = inputs - r.argDefaults().size();
        int input = 0;
        for (int i = 0; i < r.argTypes().size(); i++) {
            char mode = r.argModes().get(i);
            if (mode == 'o' && identity || isTableColumn(r, i)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            switch (mode) {
                case 'o' -> sb.append("OUT ");
                case 'b' -> sb.append("INOUT ");
                case 'v' -> sb.append("VARIADIC ");
                default -> {
                }
            }
            if (!r.argNames().get(i).isEmpty()) {
                sb.append(r.argNames().get(i)).append(' ');
            }
            sb.append(Typmods.formatName(r.argTypes().get(i)));
            if (mode != 'o' && mode != 't') {
                if (!identity && input >= firstDefault) {
                    sb.append(" DEFAULT ").append(r.argDefaults().get(input - firstDefault));
                }
                input++;
            }
            parts.add(sb.toString());
        }
        return String.join(", ", parts);
    }

    private static boolean isTableColumn(Routine r, int i) {
        return r.argModes().get(i) == 't';
    }

    /** pg_get_function_result. */
    public static String result(Routine r) {
        if (r.kind() == 'p') {
            return null;
        }
        if (r.argModes().contains('t')) {
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < r.argTypes().size(); i++) {
                if (isTableColumn(r, i)) {
                    cols.add(r.argNames().get(i) + " " + Typmods.formatName(r.argTypes().get(i)));
                }
            }
            return "TABLE(" + String.join(", ", cols) + ")";
        }
        return (r.returnsSet() ? "SETOF " : "") + Typmods.formatName(r.returnType());
    }

    /** pg_get_triggerdef: the CREATE TRIGGER statement (relation and function qualified unless visible). */
    public static String triggerDef(Catalog catalog, List<Long> searchPath, Trigger t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.constraint()) {
            sb.append("CONSTRAINT ");
        }
        sb.append("TRIGGER ").append(quote(t.name())).append(' ');
        sb.append(t.before() ? "BEFORE" : t.instead() ? "INSTEAD OF" : "AFTER");
        List<String> events = new ArrayList<>();
        if (t.on(Trigger.TYPE_INSERT)) {
            events.add("INSERT");
        }
        if (t.on(Trigger.TYPE_DELETE)) {
            events.add("DELETE");
        }
        if (t.on(Trigger.TYPE_UPDATE)) {
            Relation rel = catalog.relation(t.tableOid());
            StringBuilder u = new StringBuilder("UPDATE");
            if (!t.columns().isEmpty() && rel instanceof dev.olifant.catalog.Table tb) {
                u.append(" OF ");
                for (int i = 0; i < t.columns().size(); i++) {
                    u.append(i > 0 ? ", " : "").append(quote(tb.column(t.columns().get(i)).name()));
                }
            }
            events.add(u.toString());
        }
        if (t.on(Trigger.TYPE_TRUNCATE)) {
            events.add("TRUNCATE");
        }
        sb.append(' ').append(String.join(" OR ", events)).append(" ON ");
        Relation rel = catalog.relation(t.tableOid());
        sb.append(qualified(catalog, searchPath, rel.namespaceOid(), rel.name()));
        if (t.constraint()) {
            sb.append(t.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE");
            sb.append(t.initiallyDeferred() ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE");
        }
        sb.append(t.row() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (t.when() != null) {
            sb.append(" WHEN (").append(t.when()).append(')');
        }
        Routine fn = catalog.routines().routine(t.functionOid());
        sb.append(" EXECUTE FUNCTION ").append(fn == null ? "-" : qualified(catalog, searchPath, fn.namespaceOid(),
                fn.name())).append('(');
        for (int i = 0; i < t.arguments().size(); i++) {
            sb.append(i > 0 ? ", " : "").append('\'').append(t.arguments().get(i).replace("'", "''")).append('\'');
        }
        return sb.append(')').toString();
    }

    private static String qualified(Catalog catalog, List<Long> searchPath, long namespaceOid, String name) {
        if (searchPath.contains(namespaceOid) || namespaceOid == Oids.PG_CATALOG_NAMESPACE) {
            return quote(name);
        }
        Namespace ns = catalog.namespace(namespaceOid);
        return (ns == null ? "?" : quote(ns.name())) + "." + quote(name);
    }

    private static String quote(String ident) {
        return Definitions.quote(ident);
    }
}
