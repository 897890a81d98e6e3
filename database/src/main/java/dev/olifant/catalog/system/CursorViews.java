package dev.olifant.catalog.system;

import java.util.ArrayList;
import java.util.List;

/** pg_cursors: the open cursors of the session that reads it. */
final class CursorViews {
    static final String PG_CURSORS = "name:text statement:text is_holdable:bool is_binary:bool is_scrollable:bool "
            + "creation_time:timestamptz ";

    private CursorViews() {
    }

    static List<SystemView> all() {
        return List.of(CatalogView.of("pg_cursors", 12077, PG_CURSORS, CursorViews::cursors));
    }

    private static List<Object[]> cursors(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (CursorInfo c : ctx.cursors()) {
            rows.add(new Object[] {c.name(), c.statement(), c.holdable(), c.binary(), c.scrollable(),
                c.creationTime()});
        }
        return rows;
    }
}
