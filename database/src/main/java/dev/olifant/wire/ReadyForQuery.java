package dev.olifant.wire;

import dev.olifant.session.TransactionStatus;

/** ReadyForQuery ('Z'): the server waits for a new query cycle; carries the transaction status. */
public record ReadyForQuery(TransactionStatus status) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('Z').int8(status.code()).end();
    }
}
