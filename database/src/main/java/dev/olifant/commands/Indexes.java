package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.TableRows;
import dev.olifant.storage.Heap;
import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Building index storage over a table's existing tuple versions. Every version is entered (as
 * PostgreSQL's index build does); a unique index is checked against the rows the statement's
 * snapshot sees, NULLs being distinct.
 */
final class Indexes {
    private Indexes() {
    }

    /** The value at attribute {@code attnum} of a stored row (rows older than the column read its missing value). */
    static Object value(Table table, Object[] values, int attnum) {
        return attnum - 1 < values.length ? values[attnum - 1] : table.column(attnum).missingValue();
    }

    /** Creates and fills the storage of {@code index} (not yet registered in the catalog). */
    static void build(CommandContext ctx, Table table, Index index) {
        table.storage().addIndex(index.oid(), fill(ctx, table, index));
    }

    /**
     * A new storage for {@code index} holding an entry for every stored version of the table's
     * rows (those a partial index's predicate holds for), after checking a unique index's keys
     * among the rows the statement sees.
     */
    @SuppressWarnings("unchecked")
    static OrderedIndex fill(CommandContext ctx, Table table, Index index) {
        int n = index.keyColumns().size();
        List<dev.olifant.exec.expr.Expression> exprs = dev.olifant.sql.analyze.ExpressionAnalysis.indexExpressions(
                ctx.analysis(), table, index);
        PgType[] types = keyTypes(table, index, exprs);
        Comparator<Object>[] comparators = new Comparator[n];
        boolean[] desc = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            comparators[i] = ValueOps.comparator(types[i]);
            desc[i] = index.descending().get(i);
            nullsFirst[i] = index.nullsFirst().get(i);
        }
        OrderedIndex storage = new OrderedIndex(new IndexKeyOrder(comparators, desc, nullsFirst), index.hashLookup(table));
        if (!exprs.isEmpty()) {
            storage.keepKeysByTid();
        }
        Heap heap = table.storage().heap();
        Map<List<Object>, Boolean> seen = index.unique() ? new HashMap<>() : null;
        dev.olifant.exec.expr.Expression predicate = index.predicate() == null ? null
                : dev.olifant.sql.analyze.ExpressionAnalysis.predicateOver(ctx.analysis(), table,
                        dev.olifant.sql.parser.Parser.parseExpression(index.predicate()));
        long size = heap.size();
        for (long tid = 0; tid < size; tid++) {
            TupleVersion tv = heap.fetch(tid);
            if (tv == null || predicate != null
                    && !Boolean.TRUE.equals(predicate.eval(TableRows.padded(table, tv.values()), ctx.exec()))) {
                continue;
            }
            Object[] key = new Object[n];
            boolean hasNull = false;
            Object[] row = exprs.isEmpty() ? null : TableRows.padded(table, tv.values());
            int e = 0;
            for (int i = 0; i < n; i++) {
                int a = index.keyColumns().get(i);
                key[i] = a > 0 ? value(table, tv.values(), a) : exprs.get(e++).eval(row, ctx.exec());
                hasNull |= key[i] == null;
            }
            if (seen != null && (!hasNull || index.nullsNotDistinct()) && ctx.exec().isVisible(tv)) {
                List<Object> k = normalised(table, index, key);
                if (seen.put(k, Boolean.TRUE) != null) {
                    throw new PgException(SqlState.UNIQUE_VIOLATION,
                            "could not create unique index \"" + index.name() + "\"")
                            .withDetail("Key (" + columnList(table, index) + ")=(" + keyText(ctx, types, key)
                                    + ") is duplicated.");
                }
            }
            storage.insert(key, tid);
        }
        return storage;
    }

    /** Keys compared by the type's comparator: values are wrapped so equal-comparing values collide. */
    private static List<Object> normalised(Table table, Index index, Object[] key) {
        List<Object> out = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) {
            Object v = key[i];
            if (v instanceof java.math.BigDecimal d) {
                v = d.signum() == 0 ? java.math.BigDecimal.ZERO : d.stripTrailingZeros();
            } else if (v instanceof byte[] b) {
                v = Arrays.toString(b);
            }
            out.add(v);
        }
        return out;
    }

    /** The index's key columns as PostgreSQL names them in messages: column names and expressions. */
    static String columnList(Table table, Index index) {
        List<String> names = new ArrayList<>();
        int e = 0;
        for (int a : index.keyColumns()) {
            names.add(a > 0 ? table.column(a).name()
                    : dev.olifant.catalog.system.Definitions.indexKeyText(index.expressions().get(e++)));
        }
        return String.join(", ", names);
    }

    /** The type of each key column: its column's, or its expression's. */
    static PgType[] keyTypes(Table table, Index index, List<dev.olifant.exec.expr.Expression> exprs) {
        PgType[] types = new PgType[index.keyColumns().size()];
        int e = 0;
        for (int i = 0; i < types.length; i++) {
            int a = index.keyColumns().get(i);
            types[i] = a > 0 ? table.column(a).type() : exprs.get(e++).type();
        }
        return types;
    }

    private static String keyText(CommandContext ctx, PgType[] types, Object[] key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.length; i++) {
            parts.add(key[i] == null ? "null"
                    : TextIO.output(types[i], key[i], ctx.exec().settings(), ctx.exec().regLookup()));
        }
        return String.join(", ", parts);
    }

    /** PostgreSQL's ChooseRelationName: {@code name1_name2_label}, numbered on collision, within 63 bytes. */
    static String chooseRelationName(Catalog cat, long namespaceOid, String name1, String name2, String label,
            java.util.Set<String> taken) {
        String base = makeObjectName(name1, name2, label);
        String candidate = base;
        for (int pass = 1; cat.relation(namespaceOid, candidate) != null || taken.contains(candidate); pass++) {
            candidate = makeObjectName(name1, name2, label + pass);
        }
        return candidate;
    }

    /** PostgreSQL's makeObjectName: truncates the longer of the two names until the whole fits in 63 bytes. */
    static String makeObjectName(String name1, String name2, String label) {
        String a = name1;
        String b = name2 == null ? "" : name2;
        int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
        while (a.length() + b.length() + overhead > 63) {
            if (a.length() > b.length()) {
                a = a.substring(0, a.length() - 1);
            } else {
                b = b.substring(0, b.length() - 1);
            }
        }
        StringBuilder sb = new StringBuilder(a);
        if (name2 != null) {
            sb.append('_').append(b);
        }
        if (label != null) {
            sb.append('_').append(label);
        }
        return sb.toString();
    }
}
