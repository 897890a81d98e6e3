/**
 * Per-connection state (PostgreSQL's tcop): the transaction block, prepared statements, portals,
 * SQL cursors ({@code Cursors}, run by {@code CursorRunner}) and settings. The wire layer drives a {@link dev.olifant.session.Session} through the calls of
 * the v3 protocol and never interprets SQL or values itself.
 */
package dev.olifant.session;
