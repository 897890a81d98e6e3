package dev.olifant.wal;

/** Bytes that do not decode as the record, image or control file they should be. */
public final class WalFormatException extends RuntimeException {
    public WalFormatException(String message) {
        super(message);
    }
}
