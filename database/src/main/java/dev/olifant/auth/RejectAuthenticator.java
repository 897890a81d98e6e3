package dev.olifant.auth;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;

/** {@code reject}: refuses the connection with PostgreSQL's pg_hba.conf wording. */
final class RejectAuthenticator implements Authenticator {

    @Override
    public void authenticate(ClientIdentity client, AuthExchange exchange) {
        String message = String.format(
                "pg_hba.conf rejects connection for host \"%s\", user \"%s\", database \"%s\"%s",
                client.hostForMessages(), client.user(), client.database(),
                client.unixSocket() ? "" : ", no encryption");
        throw new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, Severity.FATAL, message, null, null, 0,
                null);
    }
}
