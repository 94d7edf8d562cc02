package atlas.tiles;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * An online tile source with a disk cache ({@code <cacheDir>/<z>/<x>/<y>.png}). A cached tile younger than
 * {@link #MAX_AGE} is used as is; otherwise the tile is downloaded, checked to decode, and cached atomically.
 * A cached file that does not decode is deleted and fetched again. On any failure the offline tile of the
 * {@code fallback} source is returned (and not cached), so callers always get an image.
 */
public final class CachedOnlineTileSource implements TileSource {
    /** Gets how long a cached tile is used before it is fetched again. */
    public static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(CachedOnlineTileSource.class.getName());

    private final String name, attribution;
    private final TileFetcher fetcher;
    private final Path cacheDir;
    private final TileSource fallback;
    private final Clock clock;

    public CachedOnlineTileSource(String name, String attribution, TileFetcher fetcher, Path cacheDir,
                                  TileSource fallback, Clock clock) {
        this.name = name;
        this.attribution = attribution;
        this.fetcher = fetcher;
        this.cacheDir = cacheDir;
        this.fallback = fallback;
        this.clock = clock;
    }

    /** Gets the OpenStreetMap source, cached under {@code cacheDir}, falling back to {@code offline}. */
    public static CachedOnlineTileSource openStreetMap(Path cacheDir, TileSource offline) {
        return new CachedOnlineTileSource("OpenStreetMap (online)", "Map tiles © OpenStreetMap contributors (ODbL)",
                new HttpTileFetcher(HttpTileFetcher.OSM_TEMPLATE), cacheDir, offline, Clock.systemUTC());
    }

    @Override public String name() { return name; }

    @Override public String attribution() { return attribution; }

    /** Gets the cache file of a tile. */
    public Path cacheFile(TileId id) {
        return cacheDir.resolve(Integer.toString(id.zoom())).resolve(Long.toString(id.x())).resolve(id.y() + ".png");
    }

    @Override public BufferedImage tile(TileId id) {
        Path file = cacheFile(id);
        BufferedImage cached = readCached(file);
        if (cached != null) return cached;
        try {
            byte[] bytes = fetcher.fetch(id);
            BufferedImage img = decode(bytes);
            if (img == null) throw new IOException("the server's tile " + id + " does not decode as an image");
            writeCache(file, bytes);
            return img;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "online tile " + id + " failed, using the offline tile", e);
            return fallback.tile(id);
        }
    }

    private BufferedImage readCached(Path file) {
        try {
            if (!Files.isRegularFile(file)) return null;
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            if (modified.plus(MAX_AGE).isBefore(clock.instant())) return null;
            BufferedImage img = decode(Files.readAllBytes(file));
            if (img == null) Files.deleteIfExists(file);
            return img;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // an undeletable cache file is fetched again next time, which is harmless
            }
            return null;
        }
    }

    private static void writeCache(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot cache tile " + file, e);
        }
    }

    /** Computes a 256 x 256 premultiplied image from encoded bytes, or null when they do not decode. */
    static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
        if (src == null || src.getWidth() <= 0 || src.getHeight() <= 0) return null;
        int size = WebMercator.TILE_SIZE;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
