package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.CreateTableAsStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE TABLE AS / SELECT INTO: a table shaped like the query's result, filled with its rows as
 * versions created by this transaction and command.
 */
final class CreateTableAs {
    private CreateTableAs() {
    }

    static String execute(CreateTableAsStmt s, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "temporary tables are not supported yet");
        }
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        String name = s.name().last();
        if (ctx.catalog().relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(CreateTable.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name
                        + "\" already exists, skipping"));
                return "CREATE TABLE AS";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        var analysis = ctx.analysis();
        AnalyzedQuery q = new QueryAnalyzer(analysis).analyze(s.query());
        List<ResultColumn> out = q.columns();
        if (s.columnNames().size() > out.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column names were specified");
        }
        List<Column> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            ResultColumn rc = out.get(i);
            String cn = i < s.columnNames().size() ? s.columnNames().get(i) : rc.name();
            if (!seen.add(cn)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + cn + "\" specified more than once");
            }
            CreateTable.checkColumnType(cn, rc.type());
            boolean unknown = rc.type() == Types.UNKNOWN;
            cols.add(new Column(cn, i + 1, unknown ? Types.TEXT : rc.type(), unknown ? -1 : rc.typmod(), false, null,
                    null, Identity.NONE, 0, false));
        }
        Table t = new Table(ctx.newOid(), name, ns.oid(), ctx.userOid(),
                s.persistence() == Persistence.UNLOGGED ? 'u' : 'p', List.copyOf(cols), List.of(), List.of(),
                new TableStorage());
        ctx.change(c -> c.withRelation(t));
        if (!s.withData()) {
            return "CREATE TABLE AS";
        }
        // the query's executor start checks what it reads (WITH NO DATA runs no executor)
        analysis.privileges().result().check(ctx.cluster(), ctx.catalog(), ctx.cluster().role(ctx.userOid()));
        ExecContext exec = ctx.exec();
        long xid = exec.transaction().writeXid();
        int cid = exec.commandId();
        Heap heap = t.storage().heap();
        long count = 0;
        try (RowSource rows = q.plan().open(exec)) {
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                exec.checkInterruptsCheaply();
                Object[] values = row.length == cols.size() ? row.clone() : Arrays.copyOf(row, cols.size());
                long tid = heap.insert(new TupleVersion(xid, cid, values));
                exec.transaction().redo().heapInsert(t.storage().id(), tid, values);
                count++;
            }
        }
        return "SELECT " + count;
    }
}
