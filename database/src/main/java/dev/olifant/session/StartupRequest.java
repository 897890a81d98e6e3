package dev.olifant.session;

import java.util.Map;

/**
 * What a StartupMessage asked for, after authentication succeeded.
 *
 * @param parameters every startup parameter as sent (user, database, application_name, options, ...)
 * @param processId  the BackendKeyData process id assigned to this connection
 */
public record StartupRequest(String user, String database, Map<String, String> parameters, int processId) {
}
