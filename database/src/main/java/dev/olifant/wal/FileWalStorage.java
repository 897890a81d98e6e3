package dev.olifant.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link WalStorage} on the real file system; forcing is {@code FileChannel.force(false)} (fdatasync). */
public final class FileWalStorage implements WalStorage {
    private static final int READ_SLICE = 1 << 20;
    private final Path root;

    public FileWalStorage(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public WalChannel open(String path, boolean create) throws IOException {
        FileChannel ch = create
                ? FileChannel.open(root.resolve(path), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE)
                : FileChannel.open(root.resolve(path), StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new WalChannel() {
            @Override
            public void write(byte[] b, int off, int len, long position) throws IOException {
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                long pos = position;
                while (bb.hasRemaining()) {
                    pos += ch.write(bb, pos);
                }
            }

            @Override
            public int read(byte[] b, int off, int len, long position) throws IOException {
                // The channel reads into a temporary direct buffer as large as the request and
                // copies from there: slices of READ_SLICE keep that buffer small and in the cache.
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                long pos = position;
                while (bb.hasRemaining()) {
                    bb.limit(Math.min(off + len, bb.position() + READ_SLICE));
                    int n = ch.read(bb, pos);
                    if (n <= 0) {
                        break;
                    }
                    pos += n;
                }
                return bb.position() - off;
            }

            @Override
            public long size() throws IOException {
                return ch.size();
            }

            @Override
            public void force() throws IOException {
                ch.force(false);
            }

            @Override
            public void truncate(long size) throws IOException {
                ch.truncate(size);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    @Override
    public List<String> list(String dir) throws IOException {
        Path d = root.resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(d)) {
            s.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }

    @Override
    public void delete(String path) throws IOException {
        Files.deleteIfExists(root.resolve(path));
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Files.move(root.resolve(from), root.resolve(to), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void syncDirectory(String dir) throws IOException {
        try (FileChannel ch = FileChannel.open(root.resolve(dir), StandardOpenOption.READ)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            // some file systems refuse to open directories for syncing; renames there are durable already
        }
    }

    @Override
    public void createDirectories(String dir) throws IOException {
        Files.createDirectories(root.resolve(dir));
    }
}
