package dev.olifant.wire;

/** Parse ('P'): prepare {@code sql} as the named statement, with optional parameter type OIDs. */
public record Parse(String statementName, String sql, int[] parameterTypeOids) implements FrontendMessage {

    static Parse decode(MessageBody body) {
        String name = body.cstring();
        String sql = body.cstring();
        int n = body.int16() & 0xFFFF;
        body.need(n * 4);
        int[] oids = new int[n];
        for (int i = 0; i < n; i++) {
            oids[i] = body.int32();
        }
        body.end();
        return new Parse(name, sql, oids);
    }
}
