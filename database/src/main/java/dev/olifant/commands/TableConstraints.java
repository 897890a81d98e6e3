package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adding PRIMARY KEY, UNIQUE and CHECK constraints to a table (CREATE TABLE and ALTER TABLE ADD
 * CONSTRAINT): names chosen as PostgreSQL chooses them, indexes built, existing rows validated.
 * Each call records its catalog change and returns the table as it is now.
 */
final class TableConstraints {
    private TableConstraints() {
    }

    static Table add(CommandContext ctx, String sql, Table table, dev.olifant.sql.ast.Constraint c,
            String columnName) {
        return switch (c.type()) {
            case PRIMARY_KEY, UNIQUE -> addUnique(ctx, table, c, columnName);
            case CHECK -> addCheck(ctx, sql, table, c);
            case FOREIGN_KEY -> ForeignKeyDefs.add(ctx, table, c, columnName, false);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    c.type() + " constraints are not supported here");
        };
    }

    private static Set<String> constraintNames(Table t) {
        Set<String> s = new HashSet<>();
        for (Constraint c : t.constraints()) {
            s.add(c.name());
        }
        return s;
    }

    private static Table addUnique(CommandContext ctx, Table table, dev.olifant.sql.ast.Constraint c,
            String columnName) {
        boolean primary = c.type() == ConstraintType.PRIMARY_KEY;
        if (primary && table.primaryKey() != null) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                    "multiple primary keys for table \"" + table.name() + "\" are not allowed");
        }
        List<String> names = columnName != null ? List.of(columnName) : c.columns();
        List<Integer> attnums = new ArrayList<>();
        List<Column> cols = new ArrayList<>(table.columns());
        for (String n : names) {
            Column col = table.column(n);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" named in key does not exist")
                        .withPosition(c.location() + 1);
            }
            if (attnums.contains(col.attnum())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN,
                        "column \"" + n + "\" appears twice in " + (primary ? "primary key" : "unique")
                                + " constraint").withPosition(c.location() + 1);
            }
            attnums.add(col.attnum());
            if (primary && !col.notNull()) {
                validateNotNull(ctx, table, col);
                cols.set(col.attnum() - 1, col.withNotNull(true));
            }
        }
        List<Integer> included = new ArrayList<>();
        for (String n : c.include()) {
            Column col = table.column(n);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" named in key does not exist")
                        .withPosition(c.location() + 1);
            }
            included.add(col.attnum());
        }
        Table t = table.withColumns(cols);
        Catalog cat = ctx.catalog();
        String name = c.name();
        if (name == null) {
            name = primary
                    ? Indexes.chooseRelationName(cat, t.namespaceOid(), t.name(), null, "pkey", constraintNames(t))
                    : Indexes.chooseRelationName(cat, t.namespaceOid(), t.name(), String.join("_",
                            java.util.stream.Stream.concat(names.stream(), c.include().stream()).toList()), "key",
                            constraintNames(t));
        } else if (cat.relation(t.namespaceOid(), name) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        List<Boolean> falses = new ArrayList<>();
        for (int i = 0; i < attnums.size(); i++) {
            falses.add(false);
        }
        Index index = new Index(ctx.newOid(), name, t.namespaceOid(), t.ownerOid(), t.oid(), List.copyOf(attnums),
                List.of(), falses, falses, true, primary, null, included, c.nullsNotDistinct(), Index.BTREE);
        Indexes.build(ctx, t, index);
        Constraint con = new Constraint(ctx.newOid(), name, primary ? ConstraintKind.PRIMARY_KEY : ConstraintKind.UNIQUE,
                List.copyOf(attnums), index.oid(), null, null, c.deferrable(), c.initiallyDeferred());
        List<Constraint> cons = new ArrayList<>(t.constraints());
        cons.add(con);
        List<Long> idx = new ArrayList<>(t.indexOids());
        idx.add(index.oid());
        Table result = t.withConstraints(cons).withIndexOids(idx);
        if (result.isPartitioned()) {
            Partitions.checkUniqueCoversKey(result, index);
        }
        ctx.change(k -> k.withRelation(index).withRelation(result));
        Partitions.cascadeIndex(ctx, result, index.oid());
        return (Table) ctx.catalog().relation(result.oid());
    }

    static void validateNotNull(CommandContext ctx, Table table, Column col) {
        forEachVisibleRow(ctx, table, values -> {
            if (Indexes.value(table, values, col.attnum()) == null) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + col.name() + "\" of relation \""
                        + table.name() + "\" contains null values");
            }
        });
    }

    static void forEachVisibleRow(CommandContext ctx, Table table, java.util.function.Consumer<Object[]> action) {
        Heap heap = table.storage().heap();
        long size = heap.size();
        int width = table.columns().size();
        for (long tid = 0; tid < size; tid++) {
            TupleVersion tv = heap.fetch(tid);
            if (tv != null && ctx.exec().isVisible(tv)) {
                Object[] v = tv.values();
                if (v.length < width) {
                    Object[] full = java.util.Arrays.copyOf(v, width);
                    for (int i = v.length; i < width; i++) {
                        full[i] = table.columns().get(i).missingValue();
                    }
                    v = full;
                }
                action.accept(v);
            }
        }
    }

    private static Table addCheck(CommandContext ctx, String sql, Table table, dev.olifant.sql.ast.Constraint c) {
        String text = SourceText.checkExpr(sql, c.location());
        Expression e = ExpressionAnalysis.checkOver(ctx.analysis(), table, c.expr());
        Set<String> taken = constraintNames(table);
        String name = c.name();
        if (name == null) {
            Set<String> colNames = new HashSet<>();
            for (Column col : table.liveColumns()) {
                colNames.add(col.name());
            }
            List<String> refs = SourceText.referencedNames(text, colNames);
            // PostgreSQL names the constraint after its column only when it references exactly one.
            String addition = refs.size() == 1 ? refs.get(0) : null;
            name = Indexes.makeObjectName(table.name(), addition, "check");
            for (int pass = 1; taken.contains(name); pass++) {
                name = Indexes.makeObjectName(table.name(), addition, "check" + pass);
            }
        } else if (taken.contains(name)) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + name + "\" for relation \""
                    + table.name() + "\" already exists");
        }
        if (!c.notValid()) {
            checkRows(ctx, table, name, e);
        }
        Constraint con = new Constraint(ctx.newOid(), name, ConstraintKind.CHECK, List.copyOf(
                attnumsOf(table, text)), 0, text, null, false, false, !c.notValid());
        List<Constraint> cons = new ArrayList<>(table.constraints());
        cons.add(con);
        Table result = table.withConstraints(cons);
        ctx.change(k -> k.withRelation(result));
        return result;
    }

    private static void checkRows(CommandContext ctx, Table table, String conName, Expression e) {
        forEachVisibleRow(ctx, table, values -> {
            if (Boolean.FALSE.equals(e.eval(values, ctx.exec()))) {
                throw new PgException(SqlState.CHECK_VIOLATION, "check constraint \"" + conName
                        + "\" of relation \"" + table.name() + "\" is violated by some row");
            }
        });
    }

    /** ALTER TABLE … VALIDATE CONSTRAINT of a CHECK added NOT VALID. */
    static void validateCheck(CommandContext ctx, Table table, Constraint c) {
        Expression e = ExpressionAnalysis.checkOver(ctx.analysis(), table,
                dev.olifant.sql.parser.Parser.parseExpression(c.checkExpr()));
        checkRows(ctx, table, c.name(), e);
    }

    private static List<Integer> attnumsOf(Table table, String text) {
        Set<String> colNames = new HashSet<>();
        for (Column col : table.liveColumns()) {
            colNames.add(col.name());
        }
        List<Integer> out = new ArrayList<>();
        for (String n : SourceText.referencedNames(text, colNames)) {
            out.add(table.column(n).attnum());
        }
        return out;
    }
}
