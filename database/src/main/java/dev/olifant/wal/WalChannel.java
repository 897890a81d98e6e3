package dev.olifant.wal;

import java.io.IOException;

/** An open file of the data directory, read and written at explicit positions. */
public interface WalChannel extends AutoCloseable {
    void write(byte[] b, int off, int len, long position) throws IOException;

    /** Reads up to {@code len} bytes; returns how many were read (0 at or past the end). */
    int read(byte[] b, int off, int len, long position) throws IOException;

    long size() throws IOException;

    /** Makes everything written so far durable (fdatasync). */
    void force() throws IOException;

    void truncate(long size) throws IOException;

    @Override
    void close() throws IOException;
}
