package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.types.PgType;
import java.util.List;

/**
 * The text of the query PostgreSQL's ri_triggers.c runs for a writing action on the
 * referencing table, which an error raised while it runs (a trigger of that table, a constraint
 * of the row it writes) names in a {@code SQL statement "..."} context line, e.g.
 * {@code DELETE FROM ONLY "public"."c" WHERE $1 OPERATOR(pg_catalog.=) "pid"}. A partitioned
 * referencing table is named without ONLY, as the query then reaches its partitions.
 */
final class ActionQuery {
    private ActionQuery() {
    }

    /** The error with the action query's context line below the lines it has. */
    static PgException withContext(PgException e, Catalog catalog, ForeignKeyInfo fk, ForeignKeys.Referenced r) {
        if (e.severity() != Severity.ERROR) {
            return e;
        }
        String line = "SQL statement \"" + text(catalog, fk, r) + "\"";
        if (e.context() == null) {
            return e.withContext(line);
        }
        return new PgException(e.state(), e.severity(), e.getMessage(), e.detail(), e.hint(), e.position(), e.getCause())
                .withContext(e.context() + "\n" + line);
    }

    static String text(Catalog catalog, ForeignKeyInfo fk, ForeignKeys.Referenced r) {
        Table t = fk.reportedReferencing();
        String name = (t.isPartitioned() ? "" : "ONLY ") + quote(catalog.namespace(t.namespaceOid()).name()) + "."
                + quote(t.name());
        int n = fk.fkAttnums().length;
        StringBuilder sb = new StringBuilder();
        int param = 1;
        if (r.newRow() == null && r.action() == ForeignKeyAction.CASCADE) {
            sb.append("DELETE FROM ").append(name);
        } else {
            sb.append("UPDATE ").append(name).append(" SET");
            List<Integer> only = r.newRow() == null ? fk.constraint().foreignKey().deleteSetColumns() : List.of();
            String sep = " ";
            for (int i = 0; i < n; i++) {
                int attnum = fk.fkAttnums()[i];
                if (!only.isEmpty() && !only.contains(attnum)) {
                    continue;
                }
                sb.append(sep).append(quote(fk.referencing().column(attnum).name())).append(" = ");
                sb.append(switch (r.action()) {
                    case CASCADE -> "$" + param++;
                    case SET_NULL -> "NULL";
                    default -> "DEFAULT";
                });
                sep = ", ";
            }
        }
        String sep = " WHERE ";
        for (int i = 0; i < n; i++) {
            var col = fk.referencing().column(fk.fkAttnums()[i]);
            sb.append(sep).append('$').append(param++).append(" OPERATOR(pg_catalog.=) ").append(quote(col.name()));
            PgType pk = fk.pkType(i);
            if (pk.equals(dev.olifant.types.Types.TEXT) && !col.type().equals(pk)) {
                // ri_GenerateQual casts the column to the equality operator's input type
                sb.append("::pg_catalog.text");
            }
            sep = " AND ";
        }
        return sb.toString();
    }

    private static String quote(String ident) {
        return '"' + ident.replace("\"", "\"\"") + '"';
    }
}
