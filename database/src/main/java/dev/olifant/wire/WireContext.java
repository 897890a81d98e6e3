package dev.olifant.wire;

import dev.olifant.auth.Authenticator;
import dev.olifant.session.SessionFactory;
import java.time.Duration;

/**
 * What every connection shares: where sessions come from, how clients authenticate, the registry
 * of live backends (cancel routing, connection limit, shutdown) and the framing limits.
 *
 * @param maxMessageSize        the largest message body accepted for messages that carry user data
 * @param authenticationTimeout how long a client may take from connecting to a ready session
 *                              (PostgreSQL's authentication_timeout); the connection is closed then
 */
public record WireContext(SessionFactory sessions, Authenticator authenticator, BackendRegistry registry,
        int maxMessageSize, Duration authenticationTimeout, WireEvents events) {
}
