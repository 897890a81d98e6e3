package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.parser.Parser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What depends on what (the part of pg_depend Olifant needs so far): views on the relations their
 * query reads, and column defaults and identities on their sequences.
 */
final class Dependencies {
    private Dependencies() {
    }

    /** The views whose query reads relation {@code oid}. */
    static List<View> viewsReading(Catalog cat, AnalysisContext ctx, long oid) {
        List<View> out = new ArrayList<>();
        for (Relation r : cat.relations()) {
            if (r instanceof View v && reads(v, ctx, oid)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean reads(View v, AnalysisContext ctx, long oid) {
        List<QualifiedName> names = new ArrayList<>();
        collectTableNames(Parser.parseOne(v.query()), names);
        for (QualifiedName n : names) {
            try {
                Relation r = Names.findRelation(ctx, n);
                if (r != null && r.oid() == oid) {
                    return true;
                }
            } catch (RuntimeException ignored) {
                // a name that no longer resolves is not this relation
            }
        }
        return false;
    }

    private static void collectTableNames(Object node, List<QualifiedName> out) {
        if (node instanceof TableRef t) {
            out.add(t.name());
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                collectTableNames(o, out);
            }
        } else if (node instanceof Record rec) {
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(rec);
                    if (v instanceof Record || v instanceof List<?>) {
                        collectTableNames(v, out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A column whose default or identity uses the sequence (as "table.column"), with its table. */
    record SequenceUse(Table table, Column column) {
    }

    static List<SequenceUse> sequenceUses(Catalog cat, Sequence seq) {
        List<SequenceUse> out = new ArrayList<>();
        for (Relation r : cat.relations()) {
            if (r instanceof Table t) {
                for (Column c : t.columns()) {
                    if (c.dropped()) {
                        continue;
                    }
                    boolean identity = c.identity() != Identity.NONE && c.sequenceOid() == seq.oid();
                    boolean def = c.defaultExpr() != null && c.defaultExpr().contains("nextval(")
                            && (c.defaultExpr().contains("." + seq.name() + "'")
                                    || c.defaultExpr().contains("'" + seq.name() + "'"));
                    if (identity || def) {
                        out.add(new SequenceUse(t, c));
                    }
                }
            }
        }
        return out;
    }
}
