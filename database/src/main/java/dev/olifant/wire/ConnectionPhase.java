package dev.olifant.wire;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a connection is in its life, shared between its own thread and whoever wants to end it
 * (server shutdown, the authentication timeout). The connection's thread moves it forward; the
 * other thread claims it with {@link #terminate()} and learns what the connection was doing, so
 * that it can act without racing the connection thread:
 * <ul>
 *   <li>HANDSHAKE: before the session is opened; the thread may be waiting for the client, so
 *       the socket is simply closed;</li>
 *   <li>IDLE: waiting for the next message with all output flushed; the terminating thread may
 *       write the FATAL itself, since the connection thread only reads;</li>
 *   <li>BUSY: handling a message; the statement is cancelled and the connection thread sends
 *       the FATAL when it next tries to become idle.</li>
 *   <li>DELIVERING: idle, while a thread writes asynchronous messages (notifications) to the
 *       client; a message that arrives, or a termination, waits for it to finish.</li>
 * </ul>
 */
final class ConnectionPhase {

    enum Phase { HANDSHAKE, IDLE, DELIVERING, BUSY, TERMINATING, CLOSED }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.HANDSHAKE);

    /** Handshake done, the session is being opened; false when the connection is being terminated. */
    boolean handshakeDone() {
        return phase.compareAndSet(Phase.HANDSHAKE, Phase.BUSY);
    }

    /** About to wait for a message; false when the connection is being terminated. */
    boolean idle() {
        return phase.compareAndSet(Phase.BUSY, Phase.IDLE);
    }

    /** A message arrived; false when the connection was terminated while waiting. */
    boolean busy() {
        while (true) {
            // Read once and decide on that value: a delivery may end (DELIVERING -> IDLE) between
            // a failed compare-and-set and a second read, which is no termination.
            Phase p = phase.get();
            if (p == Phase.IDLE) {
                if (phase.compareAndSet(Phase.IDLE, Phase.BUSY)) {
                    return true;
                }
            } else if (p == Phase.DELIVERING) {
                Thread.onSpinWait();
            } else {
                return false;
            }
        }
    }

    /** Claims an idle connection to write asynchronous messages; false when it is not idle. */
    boolean startDelivering() {
        return phase.compareAndSet(Phase.IDLE, Phase.DELIVERING);
    }

    /** The asynchronous messages are written: the connection is idle again. */
    void doneDelivering() {
        phase.compareAndSet(Phase.DELIVERING, Phase.IDLE);
    }

    void closed() {
        phase.set(Phase.CLOSED);
    }

    /**
     * Claims the connection for termination.
     *
     * @return the phase it was in (HANDSHAKE, IDLE or BUSY), or TERMINATING / CLOSED when someone
     *         else got there first and there is nothing left to do
     */
    Phase terminate() {
        while (true) {
            Phase p = phase.get();
            if (p == Phase.TERMINATING || p == Phase.CLOSED) {
                return p;
            }
            if (p == Phase.DELIVERING) {
                Thread.onSpinWait();
                continue;
            }
            if (phase.compareAndSet(p, Phase.TERMINATING)) {
                return p;
            }
        }
    }

    /** Claims the connection only if it is waiting for a message (idle_in_transaction_session_timeout). */
    boolean terminateIdle() {
        while (phase.get() == Phase.DELIVERING) {
            Thread.onSpinWait();
        }
        return phase.compareAndSet(Phase.IDLE, Phase.TERMINATING);
    }

    /** Claims the connection only if it is still in its handshake (the authentication timeout). */
    boolean terminateHandshake() {
        return phase.compareAndSet(Phase.HANDSHAKE, Phase.TERMINATING);
    }
}
