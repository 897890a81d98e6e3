package dev.olifant.catalog;

import dev.olifant.types.PgType;
import java.util.List;

/** A view: its defining query as SQL text and the columns it produces. */
public record View(long oid, String name, long namespaceOid, long ownerOid, char persistence, String query,
        List<ViewColumn> columns) implements Relation {

    /** A view's output column. */
    public record ViewColumn(String name, PgType type, int typmod) {
    }

    @Override
    public char kind() {
        return 'v';
    }
}
