/**
 * PostgreSQL's frontend/backend protocol version 3 (libpq's protocol): the message codec, the
 * startup handshake (SSL and GSS encryption refusal, protocol negotiation, authentication, cancel
 * requests), and the loop that drives a {@link dev.olifant.session.Session} through the simple
 * and extended query protocols and COPY.
 *
 * <p>Every message after the startup packet is a type byte followed by an int32 length that
 * counts itself but not the type byte; integers are big-endian and strings are NUL-terminated
 * UTF-8. Output is buffered and reaches the socket only at ReadyForQuery, Flush, before waiting
 * for COPY data or when the buffer grows large, never one write per message.
 */
package dev.olifant.wire;
