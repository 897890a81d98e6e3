package dev.olifant.catalog.system;

import dev.olifant.types.PgType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The pg_type attributes of the built-in types that {@link PgType} does not carry (alignment,
 * storage, collation, I/O functions), as PostgreSQL 15 records them; read from
 * {@code pg_type.tsv}, which was produced by querying PostgreSQL 15's pg_type.
 */
final class TypeFacts {
    /** One built-in type's extra pg_type columns; regproc columns hold function OIDs. */
    record Facts(String typtype, String typdelim, String typalign, String typstorage, long typcollation,
            long[] procs) {
    }

    private static final Map<Integer, Facts> FACTS = load();

    private TypeFacts() {
    }

    static Facts of(PgType t) {
        Facts f = FACTS.get(t.oid());
        if (f != null) {
            return f;
        }
        String align = switch (t.length()) {
            case 1, -2 -> "c";
            case 2 -> "s";
            case 8 -> "d";
            default -> "i";
        };
        return new Facts(t.category() == 'P' ? "p" : "b", ",", align, t.length() == -1 ? "x" : "p", 0,
                new long[8]);
    }

    /** typcollation: the collation a column of this type gets (100 default, 950 C, 0 none). */
    static long collation(PgType t) {
        return of(t).typcollation();
    }

    private static Map<Integer, Facts> load() {
        Map<Integer, Facts> m = new HashMap<>();
        try (InputStream in = TypeFacts.class.getResourceAsStream("pg_type.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                long[] procs = new long[8];
                for (int i = 0; i < 8; i++) {
                    procs[i] = Long.parseLong(f[6 + i]);
                }
                m.put(Integer.parseInt(f[0]), new Facts(f[1], f[2], f[3], f[4], Long.parseLong(f[5]), procs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
