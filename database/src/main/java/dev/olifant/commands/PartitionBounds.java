package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionBound.RangeDatum;
import dev.olifant.catalog.PartitionStrategy;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.PartitionBoundSpec;
import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.List;

/**
 * A partition bound as written turned into a {@link PartitionBound} of the parent's key types
 * (PostgreSQL's transformPartitionBound), and the check that it overlaps no sibling
 * (check_new_partition_bound).
 */
final class PartitionBounds {
    private PartitionBounds() {
    }

    static PartitionBound transform(CommandContext ctx, Table parent, PartitionBoundSpec spec) {
        PartitionStrategy strategy = parent.partitioning().key().strategy();
        List<PgType> types = PartitionTree.keyTypes(parent);
        return switch (spec.kind()) {
            case DEFAULT -> {
                if (strategy == PartitionStrategy.HASH) {
                    throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                            "a hash-partitioned table may not have a default partition");
                }
                yield new PartitionBound.Default();
            }
            case LIST -> {
                if (strategy != PartitionStrategy.LIST) {
                    throw invalid(strategy, spec);
                }
                List<Object> values = new ArrayList<>();
                for (Expr e : spec.in()) {
                    Object v = value(ctx, parent, e, types.get(0));
                    boolean dup = false;
                    for (Object w : values) {
                        dup |= w == null ? v == null : v != null && ValueOps.equal(types.get(0), w, v);
                    }
                    if (!dup) {
                        values.add(v);
                    }
                }
                yield new PartitionBound.In(values);
            }
            case RANGE -> {
                if (strategy != PartitionStrategy.RANGE) {
                    throw invalid(strategy, spec);
                }
                List<RangeDatum> lower = datums(ctx, parent, types, spec.from(), "FROM");
                List<RangeDatum> upper = datums(ctx, parent, types, spec.to(), "TO");
                yield new PartitionBound.Range(lower, upper);
            }
            case HASH -> {
                if (strategy != PartitionStrategy.HASH) {
                    throw invalid(strategy, spec);
                }
                yield new PartitionBound.Hash(spec.modulus(), spec.remainder());
            }
        };
    }

    private static PgException invalid(PartitionStrategy strategy, PartitionBoundSpec spec) {
        return new PgException(SqlState.INVALID_TABLE_DEFINITION, "invalid bound specification for a "
                + strategy.name().toLowerCase(java.util.Locale.ROOT) + " partition").withPosition(spec.location() + 1);
    }

    private static List<RangeDatum> datums(CommandContext ctx, Table parent, List<PgType> types, List<Expr> exprs,
            String which) {
        if (exprs.size() != types.size()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, which
                    + " must specify exactly one value per partitioning column");
        }
        List<RangeDatum> out = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            Expr e = exprs.get(i);
            if (e instanceof ColumnRef c && c.fields().size() == 1 && !c.star()
                    && (c.fields().get(0).equals("minvalue") || c.fields().get(0).equals("maxvalue"))) {
                out.add(new RangeDatum(c.fields().get(0).equals("minvalue") ? RangeDatum.Kind.MINVALUE
                        : RangeDatum.Kind.MAXVALUE, null));
                continue;
            }
            Object v = value(ctx, parent, e, types.get(i));
            if (v == null) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                        "cannot specify NULL in range bound").withPosition(e.location() + 1);
            }
            out.add(RangeDatum.of(v));
        }
        return out;
    }

    private static Object value(CommandContext ctx, Table parent, Expr e, PgType type) {
        if (e instanceof ColumnRef) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "cannot use column reference in partition bound expression").withPosition(e.location() + 1);
        }
        return ExpressionAnalysis.standalone(ctx.analysis(), e, type).eval(new Object[0], ctx.exec());
    }

    /**
     * Fails when the new bound overlaps a partition {@code parent} already has (42P17), or when a
     * range bound is empty.
     */
    static void checkNew(Catalog catalog, Table parent, String name, PartitionBound bound, PartitionBoundSpec spec) {
        List<PgType> types = PartitionTree.keyTypes(parent);
        if (bound instanceof PartitionBound.Range r && PartitionBound.compareRange(types, r.lower(), r.upper()) >= 0) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "empty range bound specified for partition \""
                    + name + "\"").withDetail("Specified lower bound " + datumList(types, r.lower())
                    + " is greater than or equal to upper bound " + datumList(types, r.upper()) + ".")
                    .withPosition(spec.from().get(0).location() + 1);
        }
        for (Table sibling : PartitionTree.partitions(catalog, parent)) {
            PartitionBound other = sibling.partitioning().bound();
            int position = overlap(types, bound, other, spec);
            if (position < 0) {
                continue;
            }
            if (bound instanceof PartitionBound.Default) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "partition \"" + name
                        + "\" conflicts with existing default partition \"" + sibling.name() + "\"")
                        .withPosition(position + 1);
            }
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "partition \"" + name
                    + "\" would overlap partition \"" + sibling.name() + "\"").withPosition(position + 1);
        }
    }

    /** The location to report when {@code bound} overlaps {@code other}, or -1. */
    private static int overlap(List<PgType> types, PartitionBound bound, PartitionBound other,
            PartitionBoundSpec spec) {
        if (bound instanceof PartitionBound.Default) {
            return other instanceof PartitionBound.Default ? spec.location() : -1;
        }
        if (bound instanceof PartitionBound.In in && other instanceof PartitionBound.In o) {
            for (int i = 0; i < in.values().size(); i++) {
                Object v = in.values().get(i);
                if (PartitionTree.accepts(types, o, new Object[] {v})) {
                    return spec.in().get(Math.min(i, spec.in().size() - 1)).location();
                }
            }
            return -1;
        }
        if (bound instanceof PartitionBound.Range r && other instanceof PartitionBound.Range o) {
            boolean disjoint = PartitionBound.compareRange(types, r.upper(), o.lower()) <= 0
                    || PartitionBound.compareRange(types, o.upper(), r.lower()) <= 0;
            return disjoint ? -1 : spec.from().get(0).location();
        }
        if (bound instanceof PartitionBound.Hash h && other instanceof PartitionBound.Hash o) {
            int big = Math.max(h.modulus(), o.modulus());
            int small = Math.min(h.modulus(), o.modulus());
            if (big % small != 0) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                        "every hash partition modulus must be a factor of the next larger modulus");
            }
            return h.remainder() % small == o.remainder() % small ? spec.location() : -1;
        }
        return -1;
    }

    private static String datumList(List<PgType> types, List<RangeDatum> ds) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ds.size(); i++) {
            RangeDatum d = ds.get(i);
            sb.append(i > 0 ? ", " : "").append(switch (d.kind()) {
                case MINVALUE -> "MINVALUE";
                case MAXVALUE -> "MAXVALUE";
                case VALUE -> dev.olifant.types.TextIO.output(types.get(i), d.value(),
                        dev.olifant.types.FormatSettings.defaults(java.time.ZoneOffset.UTC), null);
            });
        }
        return sb.append(')').toString();
    }
}
