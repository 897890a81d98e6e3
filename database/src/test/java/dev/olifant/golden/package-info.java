/**
 * Golden SQL tests: each {@code src/test/sql/NAME.sql} runs through {@code psql} against a
 * server and its whole output (echoed input, result tables, command tags, notices and errors)
 * is compared line by line with {@code src/test/expected/NAME.out}, which PostgreSQL 15 itself
 * produced for the same file and the same {@code psql} command line
 * ({@code tools/golden/regenerate.sh}).
 *
 * <p>{@link dev.olifant.golden.GoldenSqlIT} runs the corpus against a freshly started Olifant
 * server process, or, with {@code -Dgolden.target=pg15}, against a running PostgreSQL 15, which
 * must pass every file and so validates the harness itself.
 */
package dev.olifant.golden;
