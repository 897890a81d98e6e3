package dev.olifant.auth;

/**
 * One authentication method. Returns normally when the client is accepted; rejects it by throwing
 * a {@link dev.olifant.error.PgException} (28000 for a refused connection, 28P01 for a wrong
 * password), which the wire layer sends as FATAL before closing the connection.
 */
public interface Authenticator {

    void authenticate(ClientIdentity client, AuthExchange exchange);
}
