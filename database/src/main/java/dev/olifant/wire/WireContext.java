package dev.olifant.wire;

import dev.olifant.auth.Authenticator;
import dev.olifant.session.SessionFactory;

/**
 * What every connection shares: where sessions come from, how clients authenticate, the registry
 * of live backends (cancel routing, connection limit, shutdown) and the framing limits.
 *
 * @param maxMessageSize the largest message body accepted for messages that carry user data
 */
public record WireContext(SessionFactory sessions, Authenticator authenticator, BackendRegistry registry,
        int maxMessageSize, WireEvents events) {
}
