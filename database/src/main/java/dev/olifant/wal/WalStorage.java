package dev.olifant.wal;

import java.io.IOException;
import java.util.List;

/**
 * The file layer under the WAL, the control file and checkpoint images: paths are relative to
 * the data directory ({@code pg_wal/000000010000000000000001}). Everything durable goes through
 * it, so a test implementation can drop what was never forced and simulate a power cut.
 *
 * <p>Contract: data is durable once {@link WalChannel#force()} returned; {@link #rename} replaces
 * the target atomically and is durable once {@link #syncDirectory} of its directory returned.
 */
public interface WalStorage {
    WalChannel open(String path, boolean create) throws IOException;

    boolean exists(String path);

    /** File names (not paths) in a directory, empty when it does not exist. */
    List<String> list(String dir) throws IOException;

    void delete(String path) throws IOException;

    void rename(String from, String to) throws IOException;

    void syncDirectory(String dir) throws IOException;

    void createDirectories(String dir) throws IOException;

    /** A file's whole content. */
    default byte[] readAll(String path) throws IOException {
        Read r = readInto(path, byte[]::new);
        return r.length() == r.bytes().length ? r.bytes() : java.util.Arrays.copyOf(r.bytes(), r.length());
    }

    /** A file read by {@link #readInto}: the array holding it and how many bytes were read. */
    record Read(byte[] bytes, int length) {
    }

    /**
     * Reads a whole file into the array {@code buffer} returns for the file's size (at least
     * that long; a reader may hand back the same array file after file, so that reading touches
     * no fresh memory).
     */
    default Read readInto(String path, java.util.function.IntFunction<byte[]> buffer) throws IOException {
        try (WalChannel ch = open(path, false)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("file \"" + path + "\" is too large");
            }
            byte[] b = buffer.apply((int) size);
            int n = 0;
            while (n < size) {
                int r = ch.read(b, n, (int) size - n, n);
                if (r <= 0) {
                    break;
                }
                n += r;
            }
            return new Read(b, n);
        }
    }

    /** Writes a whole file durably and atomically: temporary file, force, rename, directory sync. */
    default void writeAtomically(String dir, String name, byte[] content) throws IOException {
        String tmp = dir + "/" + name + ".tmp";
        try (WalChannel ch = open(tmp, true)) {
            ch.truncate(0);
            ch.write(content, 0, content.length, 0);
            ch.force();
        }
        rename(tmp, dir + "/" + name);
        syncDirectory(dir);
    }
}
