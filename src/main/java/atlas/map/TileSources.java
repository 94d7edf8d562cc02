package atlas.map;

import atlas.tiles.TileSource;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM-wide tile source behind {@link AtlasTileRetriever}. Gluon Maps creates its retriever once per JVM through
 * {@code ServiceLoader}, with no way to pass arguments, so the source it delegates to, the render executor and the
 * count of tiles in flight live here. Switch sources with {@link AtlasMap#setTileSource}, which also refreshes
 * what is on screen. Thread-safe.
 */
public final class TileSources {
    private static volatile TileSource current;
    private static final AtomicInteger PENDING = new AtomicInteger();
    private static final AtomicLong LOADED = new AtomicLong();
    private static volatile long firstTileNanos;
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "atlas-tiles");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    private TileSources() {}

    /** Sets the source that tiles are requested from from now on. */
    public static void use(TileSource source) { current = Objects.requireNonNull(source, "source"); }

    /** Gets the current source, or null before the application installed one. */
    public static TileSource current() { return current; }

    /** Gets the number of tiles requested and not yet delivered. */
    public static int pending() { return PENDING.get(); }

    /** Gets the number of tiles delivered since start-up. */
    public static long loaded() { return LOADED.get(); }

    /** Gets {@link System#nanoTime()} when the first tile was delivered, or 0 before that. */
    public static long firstTileNanos() { return firstTileNanos; }

    static ExecutorService executor() { return EXECUTOR; }

    static void started() { PENDING.incrementAndGet(); }

    static void finished() {
        if (firstTileNanos == 0) firstTileNanos = System.nanoTime();
        LOADED.incrementAndGet();
        PENDING.decrementAndGet();
    }
}
