package dev.olifant.server;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The health checks behind {@code /q/health/live}, {@code /q/health/ready} and
 * {@code /q/health/started}: started once the listeners are up, ready while they accept and the
 * instance is open, live unless a listener died on its own.
 */
final class ServerHealth {
    private ServerHealth() {
    }

    @Readiness
    @ApplicationScoped
    static class Ready implements HealthCheck {
        private final Postmaster postmaster;

        Ready(Postmaster postmaster) {
            this.postmaster = postmaster;
        }

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("olifant").status(postmaster.isReady())
                    .withData("listening", String.join(", ", postmaster.listening()))
                    .withData("connections", postmaster.activeConnections()).build();
        }
    }

    @Liveness
    @ApplicationScoped
    static class Live implements HealthCheck {
        private final Postmaster postmaster;

        Live(Postmaster postmaster) {
            this.postmaster = postmaster;
        }

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("olifant").status(postmaster.isAlive()).build();
        }
    }

    @Startup
    @ApplicationScoped
    static class Started implements HealthCheck {
        private final Postmaster postmaster;

        Started(Postmaster postmaster) {
            this.postmaster = postmaster;
        }

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("olifant").status(postmaster.isStarted()).build();
        }
    }
}
