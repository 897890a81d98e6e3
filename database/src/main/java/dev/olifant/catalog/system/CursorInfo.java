package dev.olifant.catalog.system;

import java.time.Instant;

/** One open cursor of the session as pg_cursors shows it. */
public record CursorInfo(String name, String statement, boolean holdable, boolean binary, boolean scrollable,
        Instant creationTime) {
}
