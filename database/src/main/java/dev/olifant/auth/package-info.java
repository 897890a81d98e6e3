/**
 * Client authentication (PostgreSQL's hba and libpq-be auth): deciding, from who connects, to
 * which database, from where and over which transport, whether and how the client must prove its
 * identity. An {@link dev.olifant.auth.Authenticator} runs after the startup packet and before a
 * session exists; challenge/response methods talk to the client through an
 * {@link dev.olifant.auth.AuthExchange} supplied by the wire layer.
 */
package dev.olifant.auth;
