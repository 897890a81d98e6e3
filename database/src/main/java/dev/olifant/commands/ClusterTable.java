package dev.olifant.commands;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.ClusterStmt;
import dev.olifant.storage.Heap;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code CLUSTER table USING index}: rewrites the table with its rows in the index's order, as
 * PostgreSQL's cluster.c does. As there, the table's owner is checked before the table is locked
 * (a non-owner is refused at once instead of queueing behind other locks), then ACCESS
 * EXCLUSIVE is taken, which waits for every other lock on it. The rows the command sees are
 * written, in order, to fresh storage installed in the transaction's catalog version (as TRUNCATE
 * installs fresh storage), and the table's indexes are rebuilt over it; a rollback brings the
 * old storage back. Like PostgreSQL's CLUSTER this is not MVCC-safe: a snapshot older than the
 * command sees the table as the command left it only from versions the command wrote.
 */
final class ClusterTable {
    private ClusterTable() {
    }

    static String execute(ClusterStmt s, CommandContext ctx) {
        if (s.table() == null) {
            if (ctx.inTransactionBlock()) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "CLUSTER cannot run inside a transaction block");
            }
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CLUSTER without a table name is not supported yet");
        }
        Relation named = Names.findRelation(ctx.analysis(), s.table());
        if (named instanceof Table before) {
            Ownership.check(ctx.cluster(), ctx.userOid(), before.ownerOid(), "table", before.name());
            TableLocks.lock(ctx.exec(), before.oid(), LockMode.ACCESS_EXCLUSIVE, false, before::name);
        }
        Table t = Names.table(ctx.analysis(), s.table());
        if (s.index() == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "there is no previously clustered index for table \""
                    + t.name() + "\"");
        }
        Index index = index(ctx, t, s.index());
        if (index.predicate() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot cluster on partial index \"" + index.name()
                    + "\"");
        }
        if (!index.expressions().isEmpty() || index.keyColumns().contains(0)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "CLUSTER on an expression index is not supported yet");
        }
        rewrite(ctx, t, index);
        return "CLUSTER";
    }

    /** The index named {@code name} in the table's schema, which must be one of the table's. */
    private static Index index(CommandContext ctx, Table t, String name) {
        Relation r = ctx.catalog().relation(t.namespaceOid(), name);
        if (!(r instanceof Index ix)) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "index \"" + name + "\" for table \"" + t.name()
                    + "\" does not exist");
        }
        if (ix.tableOid() != t.oid()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not an index for table \""
                    + t.name() + "\"");
        }
        return ix;
    }

    private static void rewrite(CommandContext ctx, Table t, Index index) {
        ExecContext exec = ctx.exec();
        List<Object[]> rows = new ArrayList<>();
        Heap old = t.storage().heap();
        long size = old.size();
        for (long tid = 0; tid < size; tid++) {
            TupleVersion tv = old.fetch(tid);
            if (tv != null && exec.isVisible(tv)) {
                rows.add(tv.values());
            }
        }
        rows.sort(order(t, index));
        TableStorage fresh = TableRewrite.write(exec, rows);
        Table result = t.withStorage(fresh);
        for (long oid : t.indexOids()) {
            if (ctx.catalog().relation(oid) instanceof Index ix && t.storage().index(oid) != null) {
                Indexes.build(ctx, result, ix);
            }
        }
        ctx.change(c -> c.withRelation(result));
    }

    /** The index's order over whole rows: its key columns, directions and NULL placement. */
    private static Comparator<Object[]> order(Table t, Index index) {
        List<Integer> keys = index.keyColumns();
        List<Comparator<Object>> comparators = new ArrayList<>();
        for (int attnum : keys) {
            comparators.add(ValueOps.comparator(t.column(attnum).type()));
        }
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                Object x = Indexes.value(t, a, keys.get(i));
                Object y = Indexes.value(t, b, keys.get(i));
                boolean desc = index.descending().get(i);
                int c;
                if (x == null || y == null) {
                    if (x == y) {
                        continue;
                    }
                    c = (x == null) == index.nullsFirst().get(i) ? -1 : 1;
                } else {
                    c = comparators.get(i).compare(x, y);
                    if (desc) {
                        c = -c;
                    }
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
