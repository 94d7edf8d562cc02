package atlas.tiles;

import atlas.geo.TileId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The disk cache of downloaded tiles, shared by every online tile server: {@code <dir>/<server>/<z>/<x>/<y>.tile},
 * each file the tile's bytes after a small header (when it was fetched, when it expires, its validators).
 *
 * <p>The cache keeps to a size limit ({@link #DEFAULT_MAX_BYTES} unless set), evicting the least recently used
 * tiles first; use is recorded in the files' access time, so the order survives restarts. A tile whose file is
 * dated in the future (a clock set back, a copied cache) counts as expired. Files are written to a {@code .part}
 * sibling and moved into place; {@code .part} files left by a killed run are removed when the cache is first used.
 * Thread-safe.
 */
public final class TileCache {
    /** Gets the default size limit: 500 MB. */
    public static final long DEFAULT_MAX_BYTES = 500L * 1000 * 1000;
    /** Gets the smallest size limit the settings accept. */
    public static final long MIN_MAX_BYTES = 10L * 1000 * 1000;
    private static final int MAGIC = 0x43414331; // "CAC1"
    private static final String EXT = ".tile", PART = ".part";
    private static final java.util.regex.Pattern OLD_LAYOUT = java.util.regex.Pattern.compile("\\d+/\\d+/\\d+\\.png|\\d+/\\d+/tile\\d*\\.part");
    private static final Duration PART_STALE = Duration.ofMinutes(10), CLOCK_SLACK = Duration.ofMinutes(5);

    /** A cached tile: its image bytes, when it was fetched and expires, and the validators to revalidate it. */
    public record Entry(byte[] image, Instant fetched, Instant expires, String etag, String lastModified) {
        /** Tests whether the tile can be used without asking the server. */
        public boolean isFresh(Instant now) { return now.isBefore(expires) && !fetched.isAfter(now.plus(CLOCK_SLACK)); }

        /** Gets the same tile with a new expiry (after the server said it has not changed). */
        public Entry renewed(Instant now, Instant newExpiry) { return new Entry(image, now, newExpiry, etag, lastModified); }
    }

    private final Path dir;
    private final Clock clock;
    private volatile long maxBytes;
    /** Path to size, in least-recently-used-first order; null until the folder was scanned. */
    private LinkedHashMap<Path, Long> index;
    private long totalBytes;

    public TileCache(Path dir, long maxBytes, Clock clock) {
        this.dir = dir;
        this.clock = clock;
        if (maxBytes <= 0) throw new IllegalArgumentException("cache size limit must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Gets the cache's folder. */
    public Path dir() { return dir; }

    /** Gets the size limit in bytes. */
    public long maxBytes() { return maxBytes; }

    /** Sets the size limit and evicts down to it (blocks for the eviction: call off the FX thread). */
    public void setMaxBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("cache size limit must be positive: " + bytes);
        maxBytes = bytes;
        synchronized (this) {
            ensureIndex();
            evict();
        }
    }

    /** Gets the bytes the cache's tiles take on disk now. */
    public synchronized long sizeBytes() {
        ensureIndex();
        return totalBytes;
    }

    /** Gets the file of a server's tile. */
    public Path file(String server, TileId id) {
        return dir.resolve(server).resolve(Integer.toString(id.zoom())).resolve(Long.toString(id.x())).resolve(id.y() + EXT);
    }

    /**
     * Gets a cached tile, fresh or not (see {@link Entry#isFresh}), and records the use. A file that cannot be read
     * or is not a cache file is deleted and gives empty.
     */
    public Optional<Entry> get(String server, TileId id) {
        Path f = file(server, id);
        byte[] raw;
        Instant mtime;
        try {
            mtime = Files.getLastModifiedTime(f).toInstant();
            raw = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            delete(f);
            return Optional.empty();
        }
        Entry e = decode(raw);
        if (e == null) {
            delete(f);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (mtime.isAfter(now.plus(CLOCK_SLACK))) e = new Entry(e.image, e.fetched, Instant.EPOCH, e.etag, e.lastModified);
        touch(f, now);
        return Optional.of(e);
    }

    /** Stores a tile (atomically: a reader sees the old file or the new one) and evicts beyond the size limit. */
    public void put(String server, TileId id, Entry e) {
        Path f = file(server, id);
        byte[] raw = encode(e);
        Path tmp = null;
        try {
            Files.createDirectories(f.getParent());
            tmp = f.resolveSibling("." + f.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PART);
            Files.write(tmp, raw);
            // dated by the cache's clock, so a file dated after it (a clock set back) is seen for what it is
            Files.setLastModifiedTime(tmp, FileTime.from(e.fetched()));
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException x) {
            // a full or read-only disk: the tile is shown, just not kept
            if (tmp != null) delete(tmp);
            return;
        }
        synchronized (this) {
            ensureIndex();
            Long old = index.put(f, (long) raw.length);
            totalBytes += raw.length - (old == null ? 0 : old);
            evict();
        }
    }

    private void touch(Path f, Instant now) {
        try {
            Files.getFileAttributeView(f, BasicFileAttributeView.class).setTimes(null, FileTime.from(now), null);
        } catch (IOException ignored) {
            // the order in memory still holds for this run
        }
        synchronized (this) {
            if (index != null) index.get(f); // access order: now the most recently used
        }
    }

    /** Removes the least recently used tiles until the cache is within 90 % of its limit (so eviction is rare). */
    private void evict() {
        if (totalBytes <= maxBytes) return;
        long goal = maxBytes / 10 * 9;
        Iterator<Map.Entry<Path, Long>> it = index.entrySet().iterator();
        while (totalBytes > goal && it.hasNext()) {
            Map.Entry<Path, Long> oldest = it.next();
            delete(oldest.getKey());
            totalBytes -= oldest.getValue();
            it.remove();
        }
    }

    /** Scans the folder once: the tiles by last use, and removes {@code .part} files of killed runs. */
    private void ensureIndex() {
        if (index != null) return;
        index = new LinkedHashMap<>(1024, 0.75f, true);
        totalBytes = 0;
        if (!Files.isDirectory(dir)) return;
        record Found(Path path, long size, FileTime used) {}
        List<Found> found = new ArrayList<>();
        Instant partCutoff = clock.instant().minus(PART_STALE);
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (!a.isRegularFile()) return;
                    if (OLD_LAYOUT.matcher(dir.relativize(p).toString().replace('\\', '/')).matches()) {
                        delete(p); // a tile of the cache's first layout (plain PNG, no expiry): fetched again if needed
                    } else if (n.endsWith(PART)) {
                        if (a.lastModifiedTime().toInstant().isBefore(partCutoff)) delete(p);
                    } else if (n.endsWith(EXT)) {
                        found.add(new Found(p, a.size(), a.lastAccessTime()));
                    }
                } catch (IOException ignored) {
                    // gone meanwhile
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // an unreadable cache folder: start counting from what we write
        }
        found.sort(Comparator.comparing(Found::used));
        for (Found f : found) {
            index.put(f.path(), f.size());
            totalBytes += f.size();
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // tried; it is fetched again next time
        }
    }

    static byte[] encode(Entry e) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream(e.image.length + 64);
            DataOutputStream out = new DataOutputStream(b);
            out.writeInt(MAGIC);
            out.writeLong(e.fetched.toEpochMilli());
            out.writeLong(e.expires.toEpochMilli());
            out.writeUTF(e.etag == null ? "" : e.etag);
            out.writeUTF(e.lastModified == null ? "" : e.lastModified);
            out.writeInt(e.image.length);
            out.write(e.image);
            return b.toByteArray();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Computes the entry of a cache file's bytes, or null when they are not one (truncated, foreign, damaged). */
    static Entry decode(byte[] raw) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
            if (in.readInt() != MAGIC) return null;
            Instant fetched = Instant.ofEpochMilli(in.readLong()), expires = Instant.ofEpochMilli(in.readLong());
            String etag = in.readUTF(), lastModified = in.readUTF();
            int n = in.readInt();
            if (n <= 0 || n != in.available()) return null;
            byte[] image = in.readNBytes(n);
            return new Entry(image, fetched, expires, etag.isEmpty() ? null : etag, lastModified.isEmpty() ? null : lastModified);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
