/**
 * Integration tests against a real server process through real clients (pgjdbc, psql, a raw
 * protocol client). {@link dev.olifant.it.OlifantServer} starts the packaged server with its
 * own data directory, ports and socket directory and stops it afterwards.
 */
package dev.olifant.it;
