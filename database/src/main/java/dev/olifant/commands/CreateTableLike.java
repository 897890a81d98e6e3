package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.LikeOption;
import dev.olifant.sql.ast.TableLike;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE TABLE ... (LIKE source)}: the new table gets the source's live columns, in order,
 * with their types, type modifiers and NOT NULL; defaults, constraints, indexes and the rest are
 * only copied by INCLUDING options, which are not supported yet. The source is locked ACCESS
 * SHARE while it is read, as PostgreSQL's transformTableLikeClause does.
 */
final class CreateTableLike {
    private CreateTableLike() {
    }

    static Table add(CommandContext ctx, Table t, TableLike like) {
        for (LikeOption o : like.options()) {
            if (o.including()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "LIKE ... INCLUDING "
                        + o.option().toUpperCase(java.util.Locale.ROOT) + " is not supported yet")
                        .withPosition(like.location() + 1);
            }
        }
        Relation r = Names.utilityRelation(ctx.analysis(), like.source());
        if (!(r instanceof Table source)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "relation \"" + like.source().last()
                    + "\" is invalid in LIKE clause").withDetail("This operation is not supported for indexes.")
                    .withPosition(like.location() + 1);
        }
        TableLocks.lock(ctx.exec(), source.oid(), LockMode.ACCESS_SHARE, false, source::name);
        source = (Table) ctx.catalog().relation(source.oid());
        List<Column> cols = new ArrayList<>(t.columns());
        for (Column c : source.liveColumns()) {
            for (Column existing : cols) {
                if (!existing.dropped() && existing.name().equals(c.name())) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + c.name()
                            + "\" specified more than once");
                }
            }
            cols.add(new Column(c.name(), cols.size() + 1, c.type(), c.typmod(), c.notNull(), null, null,
                    Identity.NONE, 0, false));
        }
        Table result = t.withColumns(cols);
        ctx.change(k -> k.withRelation(result));
        return result;
    }
}
