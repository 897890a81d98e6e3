package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.View;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.parser.Parser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which views read a relation (PostgreSQL's pg_depend rows of views' rewrite rules). Views keep
 * their query as SQL text, so the relations a view reads are found by parsing it and resolving its
 * table references against the catalog.
 */
final class Dependencies {
    private Dependencies() {
    }

    /** The views whose queries read relation {@code oid}, directly. */
    static List<View> viewsReading(CommandContext ctx, Catalog cat, long oid) {
        List<View> out = new ArrayList<>();
        AnalysisContext a = ctx.analysisFor().apply(cat);
        for (Relation r : cat.relations()) {
            if (r instanceof View v && v.oid() != oid && reads(a, v).contains(oid)) {
                out.add(v);
            }
        }
        out.sort(java.util.Comparator.comparingLong(View::oid));
        return out;
    }

    /** Every view depending on {@code oid}, transitively, in the order they must be dropped (dependents first). */
    static List<View> allViewsReading(CommandContext ctx, Catalog cat, long oid) {
        Set<View> acc = new LinkedHashSet<>();
        collect(ctx, cat, oid, acc);
        return new ArrayList<>(acc);
    }

    private static void collect(CommandContext ctx, Catalog cat, long oid, Set<View> acc) {
        for (View v : viewsReading(ctx, cat, oid)) {
            if (acc.add(v)) {
                collect(ctx, cat, v.oid(), acc);
            }
        }
    }

    private static Set<Long> reads(AnalysisContext a, View v) {
        Set<Long> oids = new LinkedHashSet<>();
        SelectStmt q;
        try {
            q = (SelectStmt) Parser.parseOne(v.query());
        } catch (RuntimeException e) {
            return oids;
        }
        walk(a, q, oids);
        return oids;
    }

    private static void walk(AnalysisContext a, Object node, Set<Long> oids) {
        if (node instanceof TableRef t) {
            Relation r;
            try {
                r = Names.findRelation(a, t.name());
            } catch (RuntimeException e) {
                r = null;
            }
            if (r != null) {
                oids.add(r.oid());
            }
            return;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                walk(a, o, oids);
            }
        } else if (node instanceof Record rec) {
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                try {
                    walk(a, c.getAccessor().invoke(rec), oids);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
