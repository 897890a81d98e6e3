package dev.olifant.catalog.system;

import dev.olifant.catalog.Oids;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import dev.olifant.types.func.AggregateDef;
import dev.olifant.types.func.BuiltinCatalog;
import dev.olifant.types.func.FunctionDef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pg_proc: the built-in functions and aggregates Olifant implements, with the OIDs and attributes
 * PostgreSQL 15 gives them ({@code pg_proc.tsv}, produced by querying PostgreSQL 15's pg_proc).
 * A row of that file appears only when {@link BuiltinCatalog} has a function or aggregate of the
 * same name and argument types.
 */
public final class Procs {
    /** One pg_proc row. */
    public record Proc(long oid, String name, char kind, char volatility, char parallel, boolean strict,
            boolean returnsSet, int defaults, long variadic, long resultType, long[] argTypes, String source) {

        /** pg_get_function_result. */
        public String result() {
            return (returnsSet ? "SETOF " : "") + typeName(resultType);
        }

        /** pg_get_function_arguments. */
        public String arguments() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < argTypes.length; i++) {
                String t = typeName(argTypes[i]);
                if (variadic != 0 && i == argTypes.length - 1) {
                    t = "VARIADIC " + t;
                }
                parts.add(t);
            }
            return String.join(", ", parts);
        }

        private static String typeName(long oid) {
            PgType t = Types.byOid((int) oid);
            return t == null ? "???" : Typmods.formatName(t);
        }
    }

    private static final Map<Long, Proc> PROCS = load();

    private Procs() {
    }

    public static Proc byOid(long oid) {
        return PROCS.get(oid);
    }

    /** Type I/O functions pg_type names (pg_type_procs.tsv): they are not callable, but regproc shows them. */
    private static final Map<Long, String> TYPE_PROCS = loadTypeProcs();

    /** A pg_catalog function's name, as regproc shows it, or null when there is no such function. */
    public static String nameOf(long oid) {
        Proc p = PROCS.get(oid);
        return p != null ? p.name() : TYPE_PROCS.get(oid);
    }

    /** The OIDs of the pg_catalog functions named {@code name} (regproc input). */
    public static List<Long> oidsNamed(String name) {
        List<Long> out = new ArrayList<>();
        for (Proc p : PROCS.values()) {
            if (p.name().equals(name)) {
                out.add(p.oid());
            }
        }
        TYPE_PROCS.forEach((oid, n) -> {
            if (n.equals(name) && !out.contains(oid)) {
                out.add(oid);
            }
        });
        return out;
    }

    private static Map<Long, String> loadTypeProcs() {
        Map<Long, String> m = new LinkedHashMap<>();
        try (InputStream in = Procs.class.getResourceAsStream("pg_type_procs.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    m.put(Long.parseLong(f[0]), f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    static SystemView view() {
        return CatalogView.of("pg_proc", Oids.PG_PROC, Specs.PG_PROC, ctx -> {
            List<Object[]> rows = new ArrayList<>();
            for (Proc p : PROCS.values()) {
                rows.add(new Object[] {
                    p.oid(), p.name(), Oids.PG_CATALOG_NAMESPACE, Oids.BOOTSTRAP_SUPERUSER, 12L, 1.0f,
                    p.returnsSet() ? 1000.0f : 0.0f, p.variadic(), 0L, Values.ch(p.kind()), false, false, p.strict(),
                    p.returnsSet(), Values.ch(p.volatility()), Values.ch(p.parallel()), Values.int2(p.argTypes().length),
                    Values.int2(p.defaults()), p.resultType(), Values.oidVector(p.argTypes()), null, null, null, null,
                    null, p.source(), null, null, null, null,
                });
            }
            rows.addAll(RoutineRows.procRows(ctx.catalog()));
            return rows;
        });
    }

    private static Map<Long, Proc> load() {
        Set<String> implemented = new HashSet<>();
        BuiltinCatalog cat = BuiltinCatalog.get();
        for (FunctionDef f : cat.functions()) {
            implemented.add(key(f.name(), f.argTypes()));
        }
        for (AggregateDef a : cat.aggregates()) {
            implemented.add(key(a.name(), a.argTypes()));
        }
        Map<Long, Proc> m = new LinkedHashMap<>();
        try (InputStream in = Procs.class.getResourceAsStream("pg_proc.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String args = f[10].trim();
                String[] argParts = args.isEmpty() ? new String[0] : args.split(" ");
                long[] argTypes = new long[argParts.length];
                for (int i = 0; i < argParts.length; i++) {
                    argTypes[i] = Long.parseLong(argParts[i]);
                }
                if (!implemented.contains(f[1] + "(" + args + ")")) {
                    continue;
                }
                Proc p = new Proc(Long.parseLong(f[0]), f[1], f[2].charAt(0), f[3].charAt(0), f[4].charAt(0),
                        f[5].equals("t"), f[6].equals("t"), Integer.parseInt(f[7]), Long.parseLong(f[8]),
                        Long.parseLong(f[9]), argTypes, f[11]);
                m.put(p.oid(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static String key(String name, List<PgType> args) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(args.get(i).oid());
        }
        return sb.append(')').toString();
    }
}
