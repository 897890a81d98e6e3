package dev.olifant.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConnectionPhaseTest {

    /**
     * A message arriving while a notification is being delivered waits for the delivery and is
     * never taken for a termination, however the two interleave.
     */
    @Test
    void aMessageArrivingDuringADeliveryWaitsForIt() throws Exception {
        ConnectionPhase phase = new ConnectionPhase();
        assertThat(phase.handshakeDone()).isTrue();
        assertThat(phase.idle()).isTrue();
        AtomicBoolean stop = new AtomicBoolean();
        Thread deliverer = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                if (phase.startDelivering()) {
                    phase.doneDelivering();
                }
            }
        });
        try {
            for (int i = 0; i < 2_000_000; i++) {
                assertThat(phase.busy()).as("message %d", i).isTrue();
                assertThat(phase.idle()).isTrue();
            }
        } finally {
            stop.set(true);
            deliverer.join();
        }
    }

    @Test
    void aTerminatedConnectionRefusesTheNextMessage() {
        ConnectionPhase phase = new ConnectionPhase();
        phase.handshakeDone();
        phase.idle();
        assertThat(phase.terminate()).isEqualTo(ConnectionPhase.Phase.IDLE);
        assertThat(phase.busy()).isFalse();
        assertThat(phase.startDelivering()).isFalse();
    }
}
