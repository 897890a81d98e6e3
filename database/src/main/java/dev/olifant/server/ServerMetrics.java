package dev.olifant.server;

import dev.olifant.wire.BackendRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The server's Prometheus metrics: {@code olifant_connections_active},
 * {@code olifant_connections_total} and {@code olifant_queries_total}.
 */
final class ServerMetrics {
    private final Counter connections;
    private final Counter queries;

    ServerMetrics(MeterRegistry meters, BackendRegistry backends) {
        Gauge.builder("olifant.connections.active", backends, BackendRegistry::activeCount)
                .description("Client connections with an established session or in authentication")
                .register(meters);
        connections = Counter.builder("olifant.connections").description("Client connections accepted")
                .register(meters);
        queries = Counter.builder("olifant.queries").description("Query and Execute messages handled")
                .register(meters);
    }

    void connectionAccepted() {
        connections.increment();
    }

    void queryStarted() {
        queries.increment();
    }
}
