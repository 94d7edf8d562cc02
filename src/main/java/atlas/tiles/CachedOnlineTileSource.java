package atlas.tiles;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * An online tile source that is a good citizen of its {@link TileServer} (OpenStreetMap's tile usage policy):
 * tiles come from the shared disk {@link TileCache} while fresh (the server's expiry, at least 7 days); an expired
 * tile is revalidated; downloads run on this source's own two threads (never more connections), never on the
 * threads that render offline tiles, so a slow network cannot starve them; after a network or server failure no
 * request goes out for a while ({@link Backoff}) and tiles come from the cache, even expired, or else from the
 * {@code fallback} (offline) source. Callers always get an image. Thread-safe.
 */
public final class CachedOnlineTileSource implements TileSource {
    private static final Logger LOG = Logger.getLogger(CachedOnlineTileSource.class.getName());
    /** Requests waiting for a download thread beyond this many get the fallback tile at once. */
    private static final int MAX_QUEUED = 256;

    private final TileServer server;
    private final TileFetcher fetcher;
    private final TileCache cache;
    private final TileSource fallback;
    private final Clock clock;
    private final Executor network;
    private final Backoff backoff = new Backoff();

    /**
     * Creates a source; {@code network} runs the downloads (see {@link #downloadThreads}).
     */
    public CachedOnlineTileSource(TileServer server, TileFetcher fetcher, TileCache cache, TileSource fallback,
                                  Clock clock, Executor network) {
        this.server = server;
        this.fetcher = fetcher;
        this.cache = cache;
        this.fallback = fallback;
        this.clock = clock;
        this.network = network;
    }

    /** Gets a source for {@code server} over HTTP, with its own two download threads. */
    public static CachedOnlineTileSource of(TileServer server, TileCache cache, TileSource fallback) {
        Clock clock = Clock.systemUTC();
        return new CachedOnlineTileSource(server, new HttpTileFetcher(server, clock), cache, fallback, clock,
                downloadThreads(server.name()));
    }

    /**
     * Gets an executor of two daemon threads (the most connections a tile server should see from one user) with a
     * bounded queue; its threads end when idle.
     */
    public static ExecutorService downloadThreads(String name) {
        ThreadPoolExecutor e = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_QUEUED), r -> {
            Thread t = new Thread(r, "tiles-download-" + name);
            t.setDaemon(true);
            return t;
        });
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    @Override public String name() { return server.name() + " (online)"; }

    @Override public String attribution() { return server.attribution(); }

    /** Gets the server. */
    public TileServer server() { return server; }

    /** Gets the back-off state (for tests and the status line). */
    public Backoff backoff() { return backoff; }

    @Override public BufferedImage tile(TileId id) { return tileAsync(id, Runnable::run).join(); }

    @Override public CompletableFuture<BufferedImage> tileAsync(TileId id, Executor render) {
        return CompletableFuture.supplyAsync(() -> cache.get(server.cacheKey(), id), render).thenCompose(hit -> {
            BufferedImage cached = hit.map(e -> decodeQuietly(e.image())).orElse(null);
            if (cached != null && hit.get().isFresh(clock.instant())) return CompletableFuture.completedFuture(cached);
            TileCache.Entry stale = cached == null ? null : hit.get();
            if (!backoff.mayTry(clock.instant())) return orFallback(cached, id, render);
            CompletableFuture<BufferedImage> online;
            try {
                online = CompletableFuture.supplyAsync(() -> download(id, stale, cached), network);
            } catch (RejectedExecutionException busy) {
                return orFallback(cached, id, render);
            }
            return online.exceptionally(err -> null)
                    .thenCompose(img -> img != null ? CompletableFuture.completedFuture(img) : orFallback(cached, id, render));
        });
    }

    /** Downloads (or revalidates) a tile on a download thread and caches it; null when it failed. */
    private BufferedImage download(TileId id, TileCache.Entry stale, BufferedImage staleImage) {
        if (!backoff.mayTry(clock.instant())) return null; // the network failed while this one waited in the queue
        try {
            TileResponse r = fetcher.fetch(id, stale);
            backoff.succeeded();
            if (r.isNotModified()) {
                if (stale == null) throw new IOException("the server said 'not modified' for a tile we do not have");
                cache.put(server.cacheKey(), id, stale.renewed(clock.instant(), r.expires()));
                return staleImage;
            }
            BufferedImage img = decode(r.body());
            if (img == null) throw new TileFetchException(TileFetchException.Kind.TILE, "the server's tile " + id + " is not an image");
            cache.put(server.cacheKey(), id, new TileCache.Entry(r.body(), clock.instant(), r.expires(), r.etag(), r.lastModified()));
            return img;
        } catch (TileFetchException e) {
            if (e.kind() != TileFetchException.Kind.TILE) backoff.failed(clock.instant(), e.retryAfter());
            LOG.log(Level.FINE, "online tile " + id + " failed (" + e.kind() + "): " + e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "online tile " + id + " failed: " + e);
            return null;
        }
    }

    private CompletableFuture<BufferedImage> orFallback(BufferedImage cached, TileId id, Executor render) {
        if (cached != null) return CompletableFuture.completedFuture(cached);
        return CompletableFuture.supplyAsync(() -> fallback.tile(id), render);
    }

    private static BufferedImage decodeQuietly(byte[] bytes) {
        try {
            return decode(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
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
