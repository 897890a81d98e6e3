package dev.olifant.catalog;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import java.util.List;

/**
 * Computing an index's key from a table row, for the code below the SQL layers that makes index
 * entries without a statement (recovery's index rebuild). A plain key column is read from the
 * row; an expression key ({@link Index#keyColumns()} 0, its SQL text in {@link
 * Index#expressions()}) is evaluated by a {@link Compiler} that the layer able to compile SQL
 * expressions registers when the server opens, before the catalog is recovered.
 *
 * <p>Index expressions are IMMUTABLE by rule (CREATE INDEX enforces it), so their value depends
 * on the row alone and may be computed by any session, or by none.
 */
public final class IndexExpressions {
    private IndexExpressions() {
    }

    /** One compiled key expression over a table row (slot = attnum - 1). */
    @FunctionalInterface
    public interface Evaluator {
        Object evaluate(Object[] row);
    }

    /** An index's key: the type and evaluator of each expression key, in key order. */
    public record Compiled(List<PgType> types, List<Evaluator> evaluators) {
        public Compiled {
            types = List.copyOf(types);
            evaluators = List.copyOf(evaluators);
        }
    }

    /** Compiles the expression keys of an index of {@code table} as catalog {@code catalog} (of {@code cluster}) defines them. */
    @FunctionalInterface
    public interface Compiler {
        Compiled compile(Cluster cluster, Catalog catalog, Table table, Index index);
    }

    private static volatile Compiler compiler;

    /** Installs the compiler (once per process; a later call replaces it with an equivalent one). */
    public static void register(Compiler c) {
        compiler = c;
    }

    /** The index's expression keys compiled; empty for an index over plain columns only. */
    public static Compiled compile(Cluster cluster, Catalog catalog, Table table, Index index) {
        if (index.expressions().isEmpty()) {
            return new Compiled(List.of(), List.of());
        }
        Compiler c = compiler;
        if (c == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "index expressions cannot be evaluated here");
        }
        return c.compile(cluster, catalog, table, index);
    }

    /** The key of {@code row} (a stored row, padded to the table's width) in {@code index}. */
    public static Object[] key(Index index, Compiled compiled, Object[] row) {
        int n = index.keyColumns().size();
        Object[] key = new Object[n];
        int e = 0;
        for (int i = 0; i < n; i++) {
            int a = index.keyColumns().get(i);
            key[i] = a > 0 ? (a - 1 < row.length ? row[a - 1] : null) : compiled.evaluators().get(e++).evaluate(row);
        }
        return key;
    }

    /** The type of key column {@code i}: its column's, or its expression's. */
    public static PgType keyType(Table table, Index index, Compiled compiled, int i) {
        int a = index.keyColumns().get(i);
        if (a > 0) {
            return table.column(a).type();
        }
        int e = 0;
        for (int k = 0; k < i; k++) {
            if (index.keyColumns().get(k) == 0) {
                e++;
            }
        }
        return compiled.types().get(e);
    }
}
