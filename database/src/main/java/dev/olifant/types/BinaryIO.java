package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** The binary send / receive functions of the built-in types (typsend / typreceive). */
public final class BinaryIO {
    private BinaryIO() {
    }

    public static byte[] send(PgType type, Object value) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "no binary output function available for type " + type.name());
    }

    public static Object receive(PgType type, int typmod, byte[] data) {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "no binary input function available for type " + type.name());
    }
}
