package dev.olifant.golden;

/**
 * The server the golden files run against: an Olifant process the runner starts and stops, or
 * a PostgreSQL 15 that is already running (to validate the harness and the expected files).
 */
sealed interface GoldenServer extends AutoCloseable permits OlifantServer, GoldenServer.External {

    /** Where psql connects. */
    String host();

    int port();

    /** One line for the test log. */
    String describe();

    @Override
    void close();

    /** A server someone else runs; closing it does nothing. */
    record External(String host, int port) implements GoldenServer {
        @Override
        public String describe() {
            return "PostgreSQL at " + host + ":" + port;
        }

        @Override
        public void close() {}
    }
}
