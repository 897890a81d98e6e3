package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.parser.SqlPrinter;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CREATE [UNIQUE] INDEX over columns and expressions, built over the table's existing rows: btree
 * or hash, with INCLUDE columns, NULLS NOT DISTINCT and a partial-index WHERE predicate.
 */
final class CreateIndex {
    private CreateIndex() {
    }

    static String execute(CreateIndexStmt s, CommandContext ctx) {
        dev.olifant.catalog.Relation target = Names.findRelation(ctx.analysis(), s.table());
        if (target != null) {
            Ownership.checkRelation(ctx, target); // RangeVarCallbackOwnsRelation, before DefineIndex's checks
        }
        String method = s.method() == null ? Index.BTREE : s.method();
        if (!method.equals(Index.BTREE) && !method.equals(Index.HASH)) {
            if (method.equals("gist") || method.equals("gin") || method.equals("spgist") || method.equals("brin")) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "access method \"" + method
                        + "\" is not supported yet");
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "access method \"" + method + "\" does not exist");
        }
        if (method.equals(Index.HASH)) {
            if (s.unique()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "access method \"hash\" does not support unique indexes");
            }
            if (s.elements().size() > 1) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "access method \"hash\" does not support multicolumn indexes");
            }
            if (!s.include().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "access method \"hash\" does not support included columns");
            }
        }
        Table t = Names.table(ctx.analysis(), s.table());
        if (t.isPartitioned() && (s.where() != null || !method.equals(Index.BTREE))) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "partial and hash indexes on partitioned tables are not supported yet");
        }
        if (t.isPartitioned() && s.elements().stream().anyMatch(e -> e.column() == null)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "expression indexes on partitioned tables are not supported yet");
        }
        List<Integer> keys = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        List<Boolean> nullsFirst = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (IndexElem e : s.elements()) {
            if (e.column() == null) {
                expressions.add(IndexExpressionDefs.check(ctx, t, e.expr()));
                keys.add(0);
                boolean d = e.direction() == SortDirection.DESC;
                desc.add(d);
                nullsFirst.add(e.nulls() == NullsOrder.DEFAULT ? d : e.nulls() == NullsOrder.FIRST);
                names.add(IndexExpressionDefs.columnName(e.expr()));
                continue;
            }
            Column c = t.column(e.column());
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + e.column() + "\" does not exist");
            }
            keys.add(c.attnum());
            boolean d = e.direction() == SortDirection.DESC;
            desc.add(d);
            nullsFirst.add(e.nulls() == NullsOrder.DEFAULT ? d : e.nulls() == NullsOrder.FIRST);
            names.add(c.name());
        }
        List<Integer> included = new ArrayList<>();
        for (String n : s.include()) {
            Column c = t.column(n);
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" does not exist");
            }
            included.add(c.attnum());
            names.add(c.name());
        }
        String predicate = null;
        if (s.where() != null) {
            IndexExpressionDefs.checkPredicate(ExpressionAnalysis.predicateOver(ctx.analysis(), t, s.where()));
            predicate = SqlPrinter.print(s.where());
        }
        String name = s.name();
        if (name == null) {
            name = Indexes.chooseRelationName(ctx.catalog(), t.namespaceOid(), t.name(), String.join("_", IndexExpressionDefs.distinct(names)),
                    "idx", Set.of());
        } else if (ctx.catalog().relation(t.namespaceOid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(CreateTable.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name
                        + "\" already exists, skipping"));
                return "CREATE INDEX";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        Index idx = new Index(ctx.newOid(), name, t.namespaceOid(), t.ownerOid(), t.oid(), List.copyOf(keys),
                List.copyOf(expressions), List.copyOf(desc), List.copyOf(nullsFirst), s.unique(), false, predicate, included,
                s.nullsNotDistinct(), method);
        if (s.unique() && t.isPartitioned()) {
            Partitions.checkUniqueCoversKey(t, idx);
        }
        Indexes.build(ctx, t, idx);
        List<Long> oids = new ArrayList<>(t.indexOids());
        oids.add(idx.oid());
        Table result = t.withIndexOids(oids);
        ctx.change(c -> c.withRelation(idx).withRelation(result));
        Partitions.cascadeIndex(ctx, result, idx.oid());
        return "CREATE INDEX";
    }
}
