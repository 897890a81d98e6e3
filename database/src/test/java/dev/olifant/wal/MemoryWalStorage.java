package dev.olifant.wal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An in-memory {@link WalStorage} that can lose power: each file keeps what was forced apart from
 * what was merely written, and {@link #powerCut()} throws away every write not forced since.
 * Renames are treated as durable at once (a journaling file system's metadata), content is not.
 */
public final class MemoryWalStorage implements WalStorage {
    private static final class File {
        byte[] current = new byte[0];
        byte[] durable = new byte[0];
    }

    private final Map<String, File> files = new TreeMap<>();

    /** Drops everything not forced: what a power cut leaves on disk. */
    public synchronized void powerCut() {
        for (File f : files.values()) {
            f.current = f.durable.clone();
        }
    }

    /** Direct access for corruption tests. */
    public synchronized byte[] content(String path) {
        return files.get(path).current;
    }

    public synchronized void overwrite(String path, byte[] content) {
        File f = files.get(path);
        f.current = content.clone();
        f.durable = content.clone();
    }

    @Override
    public synchronized WalChannel open(String path, boolean create) throws IOException {
        File f = files.get(path);
        if (f == null) {
            if (!create) {
                throw new FileNotFoundException(path);
            }
            f = new File();
            files.put(path, f);
        }
        File file = f;
        return new WalChannel() {
            @Override
            public void write(byte[] b, int off, int len, long position) {
                synchronized (MemoryWalStorage.this) {
                    int end = (int) position + len;
                    if (end > file.current.length) {
                        file.current = Arrays.copyOf(file.current, end);
                    }
                    System.arraycopy(b, off, file.current, (int) position, len);
                }
            }

            @Override
            public int read(byte[] b, int off, int len, long position) {
                synchronized (MemoryWalStorage.this) {
                    int n = (int) Math.max(0, Math.min(len, file.current.length - position));
                    System.arraycopy(file.current, (int) position, b, off, n);
                    return n;
                }
            }

            @Override
            public long size() {
                synchronized (MemoryWalStorage.this) {
                    return file.current.length;
                }
            }

            @Override
            public void force() {
                synchronized (MemoryWalStorage.this) {
                    file.durable = file.current.clone();
                }
            }

            @Override
            public void truncate(long size) {
                synchronized (MemoryWalStorage.this) {
                    if (size < file.current.length) {
                        file.current = Arrays.copyOf(file.current, (int) size);
                    }
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public synchronized boolean exists(String path) {
        return files.containsKey(path);
    }

    @Override
    public synchronized List<String> list(String dir) {
        List<String> out = new ArrayList<>();
        for (String p : files.keySet()) {
            if (p.startsWith(dir + "/") && p.indexOf('/', dir.length() + 1) < 0) {
                out.add(p.substring(dir.length() + 1));
            }
        }
        return out;
    }

    @Override
    public synchronized void delete(String path) {
        files.remove(path);
    }

    @Override
    public synchronized void rename(String from, String to) throws IOException {
        File f = files.remove(from);
        if (f == null) {
            throw new FileNotFoundException(from);
        }
        files.put(to, f);
    }

    @Override
    public void syncDirectory(String dir) {
    }

    @Override
    public void createDirectories(String dir) {
    }
}
