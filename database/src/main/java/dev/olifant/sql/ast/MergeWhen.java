package dev.olifant.sql.ast;

import java.util.List;

/**
 * One {@code WHEN [NOT] MATCHED [AND condition] THEN action} clause of MERGE.
 *
 * @param matched true for WHEN MATCHED
 * @param condition the AND condition, null when absent
 * @param location offset of WHEN
 */
public record MergeWhen(boolean matched, Expr condition, Action action, int location) {

    /** What a WHEN clause does. */
    public sealed interface Action permits Update, Delete, Insert, DoNothing {
    }

    /** {@code UPDATE SET …} (WHEN MATCHED only). */
    public record Update(List<SetClause> set) implements Action {
        public Update {
            set = List.copyOf(set);
        }
    }

    /** {@code DELETE} (WHEN MATCHED only). */
    public record Delete() implements Action {
    }

    /**
     * {@code INSERT [(cols)] [OVERRIDING …] VALUES (…) | INSERT DEFAULT VALUES} (WHEN NOT MATCHED only).
     *
     * @param columns empty when no column list
     * @param values the VALUES row (a {@link DefaultExpr} for DEFAULT), null for DEFAULT VALUES
     */
    public record Insert(List<ColumnTarget> columns, OverridingKind overriding, List<Expr> values, int location)
            implements Action {
        public Insert {
            columns = List.copyOf(columns);
            values = values == null ? null : List.copyOf(values);
        }
    }

    /** {@code DO NOTHING}. */
    public record DoNothing() implements Action {
    }
}
