package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's SQL cursors and their lifetime (PostgreSQL's portalmem.c for cursors): a cursor
 * without HOLD ends with its transaction; a WITH HOLD cursor is materialised when its transaction
 * commits and then lives until CLOSE or the end of the session, but a rollback of the transaction
 * that declared it drops it. ROLLBACK TO SAVEPOINT drops the cursors declared since the savepoint;
 * cursors declared before it stay, at the position they reached.
 */
final class Cursors {
    private final Map<String, Cursor> byName = new LinkedHashMap<>();

    Cursor get(String name) {
        Cursor c = byName.get(name);
        if (c == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "cursor \"" + name + "\" does not exist");
        }
        return c;
    }

    Cursor find(String name) {
        return byName.get(name);
    }

    boolean exists(String name) {
        return byName.containsKey(name);
    }

    void add(Cursor c) {
        byName.put(c.name, c);
    }

    void close(String name) {
        get(name);
        byName.remove(name).close();
    }

    void closeAll() {
        for (Cursor c : byName.values()) {
            c.close();
        }
        byName.clear();
    }

    /** The open cursors, for pg_cursors. */
    List<Cursor> all() {
        return new ArrayList<>(byName.values());
    }

    /**
     * Before the transaction commits: cursors without HOLD close, WITH HOLD cursors read the rest
     * of their rows while the transaction's snapshot is still theirs.
     */
    void beforeCommit() {
        Iterator<Cursor> it = byName.values().iterator();
        while (it.hasNext()) {
            Cursor c = it.next();
            if (!c.holdable) {
                c.close();
                it.remove();
            } else if (c.savepointDepth >= 0) {
                c.rows().materialise();
                c.savepointDepth = -1;
            }
        }
    }

    /** After a rollback: only WITH HOLD cursors of earlier, committed transactions remain. */
    void afterRollback() {
        Iterator<Cursor> it = byName.values().iterator();
        while (it.hasNext()) {
            Cursor c = it.next();
            if (!c.holdable || c.savepointDepth >= 0) {
                c.close();
                it.remove();
            }
        }
    }

    /** ROLLBACK TO the savepoint at stack index {@code index}: the cursors declared after it go. */
    void rolledBackTo(int index) {
        Iterator<Cursor> it = byName.values().iterator();
        while (it.hasNext()) {
            Cursor c = it.next();
            if (c.savepointDepth > index) {
                c.close();
                it.remove();
            }
        }
    }

    /** RELEASE of the savepoint at stack index {@code index}: its cursors now belong to its parent. */
    void released(int index) {
        for (Cursor c : byName.values()) {
            if (c.savepointDepth > index) {
                c.savepointDepth = index;
            }
        }
    }
}
