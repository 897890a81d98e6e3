package dev.olifant.catalog.system;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A system view defined by its PostgreSQL 15 column list and a function computing its rows.
 *
 * @param oid the pg_class OID PostgreSQL gives the catalog or view, so {@code 'pg_class'::regclass}
 *            and pg_description.classoid agree with PostgreSQL
 */
record CatalogView(String schema, String name, long oid, List<SystemColumn> columns,
        Function<SystemContext, List<Object[]>> producer) implements SystemView {

    /** A pg_catalog view; {@code spec} lists {@code name:typname} pairs separated by spaces. */
    static CatalogView of(String name, long oid, String spec, Function<SystemContext, List<Object[]>> producer) {
        return new CatalogView("pg_catalog", name, oid, columns(spec), producer);
    }

    /** A relation that exists with its columns and has no rows in Olifant (no such objects yet). */
    static CatalogView empty(String name, long oid, String spec) {
        return of(name, oid, spec, ctx -> List.of());
    }

    @Override
    public List<Object[]> rows(SystemContext ctx) {
        return producer.apply(ctx);
    }

    static List<SystemColumn> columns(String spec) {
        List<SystemColumn> cols = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            int colon = part.indexOf(':');
            cols.add(new SystemColumn(part.substring(0, colon), type(part.substring(colon + 1))));
        }
        return List.copyOf(cols);
    }

    private static PgType type(String typname) {
        PgType t = switch (typname) {
            case "char" -> Types.CHAR;
            case "_char" -> Types.CHAR_ARRAY;
            case "anyarray" -> Types.ANYARRAY;
            default -> Types.byName(typname);
        };
        if (t == null) {
            throw new IllegalArgumentException("unknown type " + typname);
        }
        return t;
    }
}
