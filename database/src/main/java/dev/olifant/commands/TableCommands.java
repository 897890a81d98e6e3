package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.SortDirection;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE, CREATE TABLE AS, CREATE INDEX and TRUNCATE. */
final class TableCommands {
    private TableCommands() {
    }

    static String createTable(CreateTableStmt s, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "temporary tables are not supported yet")
                    .withPosition(s.location() + 1);
        }
        if (!s.inherits().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "table inheritance is not supported")
                    .withPosition(s.location() + 1);
        }
        Catalog cat = ctx.lockCatalog();
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        String name = s.name().last();
        if (cat.relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping"));
                return "CREATE TABLE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        Table table = TableDefinition.emptyTable(ctx.newOid(), name, ns, ctx.userOid(),
                s.persistence() == Persistence.UNLOGGED ? 'u' : 'p');
        TableDefinition def = new TableDefinition(ctx, cat, ns, table);
        def.creating = true;
        for (TableElement e : s.elements()) {
            if (e instanceof ColumnDef c) {
                def.addColumn(c);
            }
        }
        for (TableElement e : s.elements()) {
            if (e instanceof dev.olifant.sql.ast.Constraint c) {
                def.addConstraint(c, List.of());
            } else if (e instanceof dev.olifant.sql.ast.TableLike) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CREATE TABLE ... LIKE is not supported yet");
            }
        }
        publish(def, ctx);
        return "CREATE TABLE";
    }

    /** Builds the definition's new indexes over the table's rows and publishes its catalog changes. */
    static void publish(TableDefinition def, CommandContext ctx) {
        Table t = def.table;
        for (Index idx : def.newIndexes) {
            IndexBuilder.build(t, idx, t.storage(), ctx.exec());
        }
        Catalog result = def.catalog.withRelation(t);
        ctx.change(c -> result);
    }

    static String createTableAs(CreateTableAsStmt s, CommandContext ctx) {
        AnalyzedQuery q = new QueryAnalyzer(ctx.analysis()).analyze(s.query());
        Catalog cat = ctx.lockCatalog();
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        String name = s.name().last();
        if (cat.relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping"));
                return "CREATE TABLE AS";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        if (s.columnNames().size() > q.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column names were specified");
        }
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < q.columns().size(); i++) {
            ResultColumn rc = q.columns().get(i);
            String cn = i < s.columnNames().size() ? s.columnNames().get(i) : rc.name();
            for (Column existing : cols) {
                if (existing.name().equals(cn)) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + cn + "\" specified more than once");
                }
            }
            var type = rc.type() == dev.olifant.types.Types.UNKNOWN ? dev.olifant.types.Types.TEXT : rc.type();
            cols.add(new Column(cn, i + 1, type, rc.typmod(), false, null, null, dev.olifant.catalog.Identity.NONE, 0,
                    false));
        }
        Table t = TableDefinition.emptyTable(ctx.newOid(), name, ns, ctx.userOid(), 'p').withColumns(cols);
        long n = 0;
        if (s.withData()) {
            long xid = ctx.exec().transaction().writeXid();
            try (RowSource rows = q.plan().open(ctx.exec())) {
                Object[] r;
                while ((r = rows.next()) != null) {
                    t.storage().heap().insert(new TupleVersion(xid, ctx.exec().commandId(), r.clone()));
                    n++;
                }
            }
        }
        Table result = t;
        ctx.change(c -> c.withRelation(result));
        return "SELECT " + n;
    }

    static String createIndex(CreateIndexStmt s, CommandContext ctx) {
        if (s.method() != null && !s.method().equals("btree")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "access method \"" + s.method()
                    + "\" is not supported yet").withPosition(s.location() + 1);
        }
        if (s.where() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "partial indexes are not supported yet")
                    .withPosition(s.location() + 1);
        }
        if (!s.include().isEmpty() || s.nullsNotDistinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INCLUDE and NULLS NOT DISTINCT are not supported yet")
                    .withPosition(s.location() + 1);
        }
        Catalog cat = ctx.lockCatalog();
        Table table = Names.table(ctx.analysis(), s.table());
        Namespace ns = cat.namespace(table.namespaceOid());
        List<Integer> attnums = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        List<Boolean> nullsFirst = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (IndexElem e : s.elements()) {
            if (e.column() == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "expression indexes are not supported yet")
                        .withPosition(e.location() + 1);
            }
            Column c = table.column(e.column());
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + e.column() + "\" does not exist")
                        .withPosition(e.location() + 1);
            }
            boolean d = e.direction() == SortDirection.DESC;
            attnums.add(c.attnum());
            desc.add(d);
            nullsFirst.add(e.nulls() == NullsOrder.DEFAULT ? d : e.nulls() == NullsOrder.FIRST);
            names.add(c.name());
        }
        String name = s.name();
        if (name == null) {
            name = DdlNames.relationName(cat, ns.oid(), table.name(), String.join("_", names), "idx", List.of());
        } else if (cat.relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping"));
                return "CREATE INDEX";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        Index idx = new Index(ctx.newOid(), name, ns.oid(), table.ownerOid(), table.oid(), attnums, List.of(), desc,
                nullsFirst, s.unique(), false, null);
        IndexBuilder.build(table, idx, table.storage(), ctx.exec());
        List<Long> oids = new ArrayList<>(table.indexOids());
        oids.add(idx.oid());
        Table updated = table.withIndexOids(oids);
        ctx.change(c -> c.withRelation(idx).withRelation(updated));
        return "CREATE INDEX";
    }

    static String truncate(TruncateStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        List<Table> tables = new ArrayList<>();
        for (TableRef ref : s.tables()) {
            Relation r = Names.relation(ctx.analysis(), ref.name());
            if (!(r instanceof Table t)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a table");
            }
            tables.add(t);
        }
        Catalog next = cat;
        for (Table t : tables) {
            TableStorage fresh = new TableStorage();
            for (long oid : t.indexOids()) {
                if (cat.relation(oid) instanceof Index idx) {
                    fresh.addIndex(oid, IndexBuilder.storageFor(t, idx));
                }
            }
            next = next.withRelation(t.withStorage(fresh));
            if (s.restartIdentity()) {
                for (Relation r : cat.relations()) {
                    if (r instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                        seq.data().set(seq.start(), false);
                    }
                }
            }
        }
        Catalog result = next;
        ctx.change(c -> result);
        return "TRUNCATE TABLE";
    }
}
