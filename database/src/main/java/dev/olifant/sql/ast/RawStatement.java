package dev.olifant.sql.ast;

/**
 * One statement of a query string together with its own text span. The span runs from the first
 * token of the statement to the end of its last token (the terminating semicolon excluded), so
 * {@code text()} is the statement's own SQL text.
 * @param statement the parsed statement
 * @param source the whole query string the statement was parsed from
 * @param start 0-based offset of the statement's first character in {@code source}
 * @param end 0-based offset just past the statement's last character
 */
public record RawStatement(Statement statement, String source, int start, int end) {

    /** The statement's own SQL text. */
    public String text() {
        return source.substring(start, end);
    }
}
