/**
 * The server process (PostgreSQL's postmaster): Quarkus lifecycle, configuration, the TCP and
 * Unix-domain socket listeners that start one thread per connection, the data directory,
 * health checks and metrics. It opens the database instance at startup and shuts everything down
 * politely: listeners first, then sessions (FATAL 57P01), then the instance.
 */
package dev.olifant.server;
