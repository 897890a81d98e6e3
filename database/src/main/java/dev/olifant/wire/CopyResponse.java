package dev.olifant.wire;

/**
 * CopyInResponse ('G') or CopyOutResponse ('H'): the overall format (0 text, 1 binary) and the
 * per-column formats, which in text mode must all be text.
 */
public record CopyResponse(char type, boolean binary, int columnCount) implements BackendMessage {

    public static CopyResponse in(boolean binary, int columnCount) {
        return new CopyResponse('G', binary, columnCount);
    }

    public static CopyResponse out(boolean binary, int columnCount) {
        return new CopyResponse('H', binary, columnCount);
    }

    @Override
    public void writeTo(MessageWriter out) {
        int format = binary ? 1 : 0;
        out.begin(type).int8(format).int16(columnCount);
        for (int i = 0; i < columnCount; i++) {
            out.int16(format);
        }
        out.end();
    }
}
