package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CREATE [UNIQUE] INDEX over plain columns, built over the table's existing rows. */
final class CreateIndex {
    private CreateIndex() {
    }

    static String execute(CreateIndexStmt s, CommandContext ctx) {
        if (s.method() != null && !s.method().equals("btree")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "access method \"" + s.method()
                    + "\" is not supported yet");
        }
        if (s.where() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "partial indexes are not supported yet");
        }
        if (!s.include().isEmpty() || s.nullsNotDistinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INCLUDE and NULLS NOT DISTINCT are not supported yet");
        }
        Table t = Names.table(ctx.analysis(), s.table());
        if (s.name() != null && ctx.catalog().relation(t.namespaceOid(), s.name()) != null && s.ifNotExists()) {
            ctx.notice(CreateTable.notice(SqlState.DUPLICATE_TABLE, "relation \"" + s.name()
                    + "\" already exists, skipping"));
            return "CREATE INDEX";
        }
        create(ctx, t, s.name(), s.elements(), s.unique());
        return "CREATE INDEX";
    }

    /** Creates an index on {@code t} (named after the table and columns when {@code name} is null). */
    static Index create(CommandContext ctx, Table t, String name, List<IndexElem> elements, boolean unique) {
        List<Integer> keys = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        List<Boolean> nullsFirst = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (IndexElem e : elements) {
            if (e.column() == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "expression indexes are not supported yet");
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
        if (name == null) {
            name = Indexes.chooseRelationName(ctx.catalog(), t.namespaceOid(), t.name(), String.join("_", names),
                    "idx", Set.of());
        } else if (ctx.catalog().relation(t.namespaceOid(), name) != null) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        Index idx = new Index(ctx.newOid(), name, t.namespaceOid(), t.ownerOid(), t.oid(), List.copyOf(keys),
                List.of(), List.copyOf(desc), List.copyOf(nullsFirst), unique, false, null);
        if (unique && t.isPartitioned()) {
            Partitions.checkUniqueCoversKey(t, idx);
        }
        Indexes.build(ctx, t, idx);
        List<Long> oids = new ArrayList<>(t.indexOids());
        oids.add(idx.oid());
        Table result = t.withIndexOids(oids);
        ctx.change(c -> c.withRelation(idx).withRelation(result));
        Partitions.cascadeIndex(ctx, result, idx.oid());
        return idx;
    }
}
