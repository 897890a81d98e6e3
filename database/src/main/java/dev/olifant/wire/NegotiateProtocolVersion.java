package dev.olifant.wire;

import java.util.List;

/**
 * NegotiateProtocolVersion ('v'): the newest minor protocol version the server supports and the
 * {@code _pq_.} protocol options it did not recognise.
 */
public record NegotiateProtocolVersion(int newestMinor, List<String> unrecognizedOptions) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('v').int32(newestMinor).int32(unrecognizedOptions.size());
        for (String option : unrecognizedOptions) {
            out.cstring(option);
        }
        out.end();
    }
}
