package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.InheritanceTree;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.dml.TableRows;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.AlterColumnType;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.Cast;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.Typmods;
import dev.olifant.types.func.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE … ALTER COLUMN … TYPE without USING (PostgreSQL's ATExecAlterColumnType): every
 * visible row is rewritten into fresh storage with the column's values converted by the
 * assignment cast, as TRUNCATE and CLUSTER install fresh storage. A column that indexes,
 * constraints, views or inheritance depend on is not supported yet.
 */
final class AlterColumnTypes {
    private AlterColumnTypes() {
    }

    static void alter(CommandContext ctx, Table t, AlterColumnType cmd) {
        Column col = t.column(cmd.column());
        if (col == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + cmd.column() + "\" of relation \""
                    + t.name() + "\" does not exist");
        }
        if (cmd.using() != null || cmd.collation() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER COLUMN TYPE with USING or COLLATE is not supported yet");
        }
        if (t.isPartitioned() || t.isPartition() || InheritanceTree.hasChildren(ctx.catalog(), t)
                || !InheritanceTree.parents(ctx.catalog(), t).isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER COLUMN TYPE of a table in an inheritance or partition tree is not supported yet");
        }
        for (Constraint c : t.constraints()) {
            if (c.columns().contains(col.attnum()) || c.checkExpr() != null) {
                throw dependent(col);
            }
        }
        for (long oid : t.indexOids()) {
            if (ctx.catalog().relation(oid) instanceof Index ix && ix.allColumns().contains(col.attnum())) {
                throw dependent(col);
            }
        }
        if (!Dependencies.allViewsReading(ctx, ctx.catalog(), t.oid()).isEmpty()
                || !ForeignKeyDeps.referencing(ctx.catalog(), t.oid(), java.util.Set.of(), c -> true).isEmpty()) {
            throw dependent(col);
        }
        TypeResolver.TypeRef ref = TypeResolver.resolve(cmd.type());
        Cast cast = col.type().equals(ref.type()) ? (v, c) -> v
                : Casts.find(col.type(), ref.type(), CoercionContext.ASSIGNMENT);
        if (cast == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + col.name()
                    + "\" cannot be cast automatically to type " + TypeNames.format(ref.type()))
                    .withHint("You might need to specify \"USING " + col.name() + "::"
                            + Typmods.format(ref.type(), ref.typmod()) + "\".");
        }
        ExecContext exec = ctx.exec();
        List<Object[]> rows = new ArrayList<>();
        Heap old = t.storage().heap();
        int slot = col.attnum() - 1;
        for (long tid = 0, size = old.size(); tid < size; tid++) {
            TupleVersion tv = old.fetch(tid);
            if (tv != null && exec.isVisible(tv)) {
                Object[] stored = tv.values();
                Object[] values = TableRows.padded(t, stored.clone()); // a copy: the cast is written into it
                if (values[slot] != null) {
                    Object v = cast.apply(values[slot], exec);
                    values[slot] = Typmods.apply(ref.type(), ref.typmod(), v, false);
                }
                rows.add(values);
            }
        }
        TableStorage fresh = TableRewrite.write(exec, rows);
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(slot, new Column(col.name(), col.attnum(), ref.type(), ref.typmod(), col.notNull(),
                col.defaultExpr(), null, col.identity(), col.sequenceOid(), false));
        Table result = t.withColumns(cols).withStorage(fresh);
        for (long oid : t.indexOids()) {
            Relation r = ctx.catalog().relation(oid);
            if (r instanceof Index ix && t.storage().index(oid) != null) {
                Indexes.build(ctx, result, ix);
            }
        }
        ctx.change(c -> c.withRelation(result));
    }

    private static PgException dependent(Column col) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER COLUMN TYPE of column \"" + col.name()
                + "\", which other objects depend on, is not supported yet");
    }
}
