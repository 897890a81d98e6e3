package dev.olifant.commands;

import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TruncateStmt;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TableStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * TRUNCATE: each table gets fresh, empty storage in the transaction's catalog version (PostgreSQL's
 * new relfilenode), so a rollback brings the old data back with the old catalog version.
 */
final class Truncate {
    private Truncate() {
    }

    static String execute(TruncateStmt s, CommandContext ctx) {
        List<Table> tables = new ArrayList<>();
        for (TableRef ref : s.tables()) {
            tables.add(Names.table(ctx.analysis(), ref.name()));
        }
        for (Table t : tables) {
            TableStorage fresh = new TableStorage();
            for (long idx : t.indexOids()) {
                OrderedIndex old = t.storage().index(idx);
                if (old != null) {
                    fresh.addIndex(idx, new OrderedIndex(old.order(), old.hashed()));
                }
            }
            Table result = t.withStorage(fresh);
            ctx.change(c -> c.withRelation(result));
            if (s.restartIdentity()) {
                for (Relation r : ctx.catalog().relations()) {
                    if (r instanceof Sequence seq && seq.ownedByTable() == t.oid()) {
                        seq.data().set(seq.start(), false);
                    }
                }
            }
        }
        return "TRUNCATE TABLE";
    }
}
