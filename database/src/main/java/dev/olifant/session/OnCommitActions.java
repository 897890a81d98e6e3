package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.commands.TempSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session's temporary tables with ON COMMIT DELETE ROWS or DROP (PostgreSQL keeps this list
 * in backend memory too). Before each commit the actions are applied in the committing
 * transaction; a table that is gone (dropped, or its creating transaction rolled back) is
 * forgotten.
 */
final class OnCommitActions {
    private final Map<Long, Boolean> dropByOid = new LinkedHashMap<>();

    void add(long tableOid, boolean drop) {
        dropByOid.put(tableOid, drop);
    }

    void beforeCommit(PgSession session) {
        if (dropByOid.isEmpty() || !session.tx.active()) {
            return;
        }
        Catalog current = session.tx.catalog().current();
        dropByOid.keySet().removeIf(oid -> current.relation(oid) == null);
        if (TempSchema.hasWork(current, dropByOid)) {
            Map<Long, Boolean> actions = Map.copyOf(dropByOid);
            session.tx.catalog().apply(c -> TempSchema.atCommit(c, actions), session.settings.getLong("lock_timeout"),
                    session.interrupts::check);
        }
        dropByOid.values().removeIf(drop -> drop);
    }
}
