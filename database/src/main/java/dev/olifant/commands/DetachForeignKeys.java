package dev.olifant.commands;

import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.ForeignKeyInfo;
import dev.olifant.types.TextIO;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's ATDetachCheckNoForeignKeyRefs: a partition may not leave its tree while rows of a
 * table whose foreign key references the partitioned table still reference rows stored in it
 * (they would be left dangling). Rows are read with the command's snapshot; the error names the
 * key's clone for that partition, as the referenced side's errors do.
 */
final class DetachForeignKeys {
    private DetachForeignKeys() {
    }

    static void check(CommandContext ctx, Table part) {
        List<Table> leaves = part.isPartitioned() ? PartitionTree.leaves(ctx.catalog(), part) : List.of(part);
        Set<Long> inside = new HashSet<>();
        PartitionTree.tree(ctx.catalog(), part).forEach(t -> inside.add(t.oid()));
        for (Table leaf : leaves) {
            for (ForeignKeyInfo fk : ForeignKeyInfo.incoming(ctx.catalog(), leaf.oid())) {
                if (fk.referenced().oid() != leaf.oid() || inside.contains(fk.referencing().oid())) {
                    continue;
                }
                check(ctx, part, leaf, fk);
            }
        }
    }

    private static void check(CommandContext ctx, Table part, Table leaf, ForeignKeyInfo fk) {
        Set<List<Object>> keys = new HashSet<>();
        TableConstraints.forEachVisibleRow(ctx, leaf, row -> keys.add(key(row, fk.pkAttnums())));
        if (keys.isEmpty()) {
            return;
        }
        TableConstraints.forEachVisibleRow(ctx, fk.referencing(), row -> {
            List<Object> k = key(row, fk.fkAttnums());
            if (!k.contains(null) && keys.contains(k)) {
                throw new PgException(SqlState.FOREIGN_KEY_VIOLATION, "removing partition \"" + part.name()
                        + "\" violates foreign key constraint \"" + fk.constraint().name() + "\"")
                        .withDetail("Key (" + names(fk) + ")=(" + values(ctx, fk, k) + ") is still referenced from table \""
                                + fk.reportedReferencing().name() + "\".");
            }
        });
    }

    private static List<Object> key(Object[] row, int[] attnums) {
        Object[] k = new Object[attnums.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = attnums[i] - 1 < row.length ? row[attnums[i] - 1] : null;
        }
        return Arrays.asList(k);
    }

    private static String names(ForeignKeyInfo fk) {
        List<String> out = new ArrayList<>();
        for (int a : fk.fkAttnums()) {
            out.add(fk.referencing().column(a).name());
        }
        return String.join(", ", out);
    }

    private static String values(CommandContext ctx, ForeignKeyInfo fk, List<Object> k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            out.add(TextIO.output(fk.referencing().column(fk.fkAttnums()[i]).type(), k.get(i),
                    ctx.exec().settings(), ctx.exec().regLookup()));
        }
        return String.join(", ", out);
    }
}
