package atlas.map;

import atlas.tiles.TileSource;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM's one tile source: the only place where Gluon Maps' constraint lives. Gluon creates ONE
 * {@link com.gluonhq.maps.tile.TileRetriever} per JVM through {@code ServiceLoader}, with no arguments and no way to
 * tell which map asks for a tile, so every map of the JVM shows tiles from the source selected here. The first
 * {@link AtlasMap} installs its source ({@link #useIfNone}); a later map (a presentation's, a snapshot's) adopts
 * the one in use instead of switching it; a map whose user chooses another source (or switches the historical
 * lines) selects it for the JVM with {@link #use}, and it is the same choice for every map of the window. A map whose
 * view moves selects its own again first, so a short-lived map with other lines hidden (a snapshot for an export)
 * never leaves the window's map drawing its tiles.
 *
 * <p>Also keeps the render executor and the count of tiles in flight. Thread-safe.
 */
public final class TileSources {
    /** What tiles come from: the source, and the one a tile falls back to when the source fails (offline rendering). */
    public record Selection(TileSource source, TileSource fallback) {
        public Selection {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(fallback, "fallback");
        }
    }

    private static volatile Selection current;
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

    /** Selects the source that tiles are requested from from now on; returns whether it differs from the one in use. */
    public static synchronized boolean use(Selection s) {
        Objects.requireNonNull(s, "selection");
        if (s.equals(current)) return false;
        current = s;
        return true;
    }

    /** Selects a source whose failures fall back to itself (tests, and sources that never fail). */
    public static boolean use(TileSource source) { return use(new Selection(source, source)); }

    /** Selects {@code s} only when no source is in use yet; returns the selection in use afterwards. */
    public static synchronized Selection useIfNone(Selection s) {
        if (current == null) current = Objects.requireNonNull(s, "selection");
        return current;
    }

    /** Gets the selection in use, or null before a map installed one. */
    public static Selection selection() { return current; }

    /** Gets the current source, or null before a map installed one. */
    public static TileSource current() {
        Selection s = current;
        return s == null ? null : s.source();
    }

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

    /**
     * Gets a tile source's name in the interface's language: the shipped sources have theirs in the bundles
     * ({@code tiles.source.offline-atlas}); a source a user adds is shown by the name it was given.
     */
    public static String displayName(TileSource s) {
        String known = atlas.i18n.Texts.getOrDefault("tiles.source." + slug(s.name()), null);
        if (known != null) return known;
        // an online server a user added is named "School (online)": the word in brackets is ours
        if (s.name().endsWith(" (online)"))
            return atlas.i18n.Texts.format("tiles.source.online", s.name().substring(0, s.name().length() - " (online)".length()));
        return s.name();
    }

    /** Gets a tile source's attribution line in the interface's language (as {@link #displayName}). */
    public static String displayAttribution(TileSource s) {
        return atlas.i18n.Texts.getOrDefault("tiles.attribution." + slug(s.name()), s.attribution());
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
