package dev.olifant.sql.ast;

/**
 * {@code ROWS | RANGE | GROUPS {start | BETWEEN start AND end} [EXCLUDE …]}.
 * @param end null when written without BETWEEN (end is CURRENT ROW)
 */
public record WindowFrame(
        FrameMode mode,
        FrameBound start,
        FrameBound end,
        FrameExclusion exclusion,
        int location) {
}
