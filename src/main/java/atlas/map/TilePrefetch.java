package atlas.map;

import atlas.geo.TileId;
import atlas.model.LatLon;
import atlas.tiles.TileSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;

/**
 * The tiles a map about to be shown will ask for first, rendered before it asks: the window's first tiles render on a
 * thread of their own while the window is still being built, instead of after its first layout. Only the tiles Gluon
 * will ask for are rendered, in the order it asks for them ({@link #firstRequests}): the same tiles as without the
 * prefetch, earlier. A request for one the prefetch has started ({@link AtlasTileRetriever#loadTile}) takes its
 * result; one it has not reached yet is rendered the usual way (by the map's render threads, in parallel). The first
 * request that was not foreseen (another size, view or source) stops the rest, and {@link #drop()} ends it once the
 * map is on screen. Thread-safe.
 */
public final class TilePrefetch {
    /** Gluon's own constant (BaseMap.TIPPING): below an integer zoom by less than this, the next level's tiles show. */
    private static final double TIPPING = 0.2;
    private static final int MAX_ZOOM = 20;
    /** The prefetch running (or the last one), never null. */
    private static volatile Run current = new Run(null);

    /** One prefetch: its source, its tiles not yet taken, and whether it stopped. */
    private static final class Run {
        final TileSource source;
        final Map<TileId, Entry> waiting = new ConcurrentHashMap<>();
        volatile boolean stopped;

        Run(TileSource source) {
            this.source = source;
            stopped = source == null;
        }
    }

    /** A tile of a prefetch: started by the prefetch, or asked for before that (then rendered the usual way). */
    private static final class Entry {
        final CompletableFuture<Image> future = new CompletableFuture<>();
        /** 0 not started, 1 asked for before the prefetch started it, 2 started by the prefetch. */
        final AtomicInteger state = new AtomicInteger();
    }

    private TilePrefetch() {}

    /**
     * Computes the tiles a Gluon map of {@code widthPx} x {@code heightPx} showing {@code center} at {@code zoom} asks
     * for when it is first laid out, in the order it asks (column by column from the left, a column of margin on the
     * left and up to three beyond the right and bottom edges, as Gluon's BaseMap does). Empty for an empty size.
     */
    public static List<TileId> firstRequests(LatLon center, double zoom, double widthPx, double heightPx) {
        List<TileId> out = new ArrayList<>();
        if (!(widthPx > 0 && heightPx > 0)) return out;
        int nearest = Math.min((int) Math.floor(zoom + TIPPING), MAX_ZOOM - 1);
        double n = Math.pow(2, zoom), scale = Math.pow(2, nearest - zoom);
        double latRad = Math.toRadians(center.lat());
        double worldX = n / 360. * (180 + center.lon()) * 256;
        double worldY = n * (1 - (Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI)) / 2 * 256;
        // Gluon's translation of its tile group (the left and top edge of the view in world pixels, negated)
        double tx = -(worldX - widthPx / 2), ty = -(worldY - heightPx / 2);
        long max = 1L << nearest;
        long imin = Math.max(0, (long) (-tx * scale / 256) - 1);
        long jmin = Math.max(0, (long) (-ty * scale / 256));
        long imax = Math.min(max, imin + (long) (widthPx * scale / 256) + 3);
        long jmax = Math.min(max, jmin + (long) (heightPx * scale / 256) + 3);
        for (long i = imin; i < imax; i++)
            for (long j = jmin; j < jmax; j++) out.add(new TileId(nearest, i, j));
        return out;
    }

    /**
     * Starts rendering {@code tiles} of {@code from}, one after another in that order, on a daemon thread of its own;
     * stops any prefetch still running.
     */
    public static synchronized void start(TileSource from, List<TileId> tiles) {
        drop();
        List<TileId> ids = List.copyOf(tiles);
        if (ids.isEmpty()) return;
        Run run = new Run(Objects.requireNonNull(from, "source"));
        List<Entry> entries = new ArrayList<>();
        for (TileId id : ids) {
            Entry e = new Entry();
            entries.add(e);
            run.waiting.put(id, e);
        }
        current = run;
        Thread t = new Thread(() -> {
            for (int k = 0; k < ids.size() && !run.stopped; k++) {
                Entry e = entries.get(k);
                // a tile asked for before its turn is rendered by the map's own render threads, in parallel
                if (!e.state.compareAndSet(0, 2)) continue;
                try {
                    e.future.complete(AtlasTileRetriever.toFx(from.tile(ids.get(k))));
                } catch (Throwable ex) {
                    // the request then renders the tile the usual way (its fallback included): it never waits forever
                    e.future.completeExceptionally(ex);
                }
            }
        }, "atlas-tiles-prefetch");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /**
     * Takes the prefetched tile {@code id} of {@code from} (rendered or being rendered), or returns null when the
     * prefetch has not started it (the caller renders it); a request for a tile that was not foreseen stops the
     * prefetch (the map asks for other tiles than predicted).
     */
    static CompletableFuture<Image> claim(TileSource from, TileId id) {
        Run run = current;
        if (run.stopped) return null;
        Entry e = from != null && from.equals(run.source) ? run.waiting.remove(id) : null;
        if (e != null) return e.state.compareAndSet(0, 1) ? null : e.future;
        run.stopped = true;
        return null;
    }

    /** Ends the prefetch: it starts no more tiles, and those no request took are let go. */
    public static synchronized void drop() {
        Run run = current;
        run.stopped = true;
        run.waiting.clear();
    }

    /** Gets how many prefetched tiles no request has taken yet (tests). */
    static int waiting() { return current.waiting.size(); }
    /** Tests whether the prefetch stopped (tests). */
    static boolean stopped() { return current.stopped; }
}
