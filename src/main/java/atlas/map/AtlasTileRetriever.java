package atlas.map;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileSource;
import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The one {@link TileRetriever} of the JVM (registered in {@code META-INF/services}; see {@link TileSources} for
 * what that means): renders or fetches each tile from {@link TileSources#selection()} on a background executor,
 * never on the FX thread. The returned future never completes exceptionally (Gluon would then blank the map): a
 * source that fails gives the fallback's tile (the offline rendering), and only when that fails too a plain
 * ocean-coloured tile. The offline rendering's most recent tiles are kept ({@value #KEPT_TILES} of them, about 32 MB):
 * a second map at the same place (the compare view's other side, a presentation, a window opened again) shows them
 * at once instead of drawing them again. Downloaded tiles are not kept here (they have their disk cache, and a
 * fallback tile shown while the network was down must not outlive it).
 */
public final class AtlasTileRetriever implements TileRetriever {
    private static final Logger LOG = Logger.getLogger(AtlasTileRetriever.class.getName());
    private static final int OCEAN = 0xFFAFCDE3;
    static final int KEPT_TILES = 128;
    /** The offline tiles drawn last, by source (its renderer and hidden lines) and tile; the least recently used go. */
    private static final Map<Kept, Image> KEPT = new LinkedHashMap<>(KEPT_TILES * 2, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Kept, Image> eldest) { return size() > KEPT_TILES; }
    };

    private record Kept(TileSource source, TileId id) {}

    /** Creates the retriever; called by Gluon through {@code ServiceLoader}. */
    public AtlasTileRetriever() {}

    @Override public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileSources.started();
        CompletableFuture<Image> f;
        try {
            TileSources.Selection sel = TileSources.selection();
            TileId id = new TileId(zoom, i, j);
            Image kept = sel == null ? null : kept(sel.source(), id);
            // the window's first tiles may be rendering already (TilePrefetch), started while the window was built
            CompletableFuture<Image> early = kept != null || sel == null ? null : TilePrefetch.claim(sel.source(), id);
            // an online source downloads on threads of its own: a slow network never holds the render threads
            f = kept != null ? CompletableFuture.completedFuture(kept)
                    : early != null ? early.thenApply(img -> keep(sel.source(), id, img)).exceptionallyCompose(e -> tile(sel, id))
                    : sel == null ? CompletableFuture.supplyAsync(() -> toFx(null), TileSources.executor())
                    : tile(sel, id);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.handle((img, err) -> {
            TileSources.finished();
            if (err == null && img != null) return img;
            LOG.log(Level.WARNING, "tile " + zoom + "/" + i + "/" + j + " failed", err);
            return plain(OCEAN);
        });
    }

    /** Gets the source's tile (kept when it is the offline rendering), or the fallback's when the source fails. */
    private static CompletableFuture<Image> tile(TileSources.Selection sel, TileId id) {
        CompletableFuture<Image> f;
        try {
            f = sel.source().tileAsync(id, TileSources.executor()).thenApply(img -> keep(sel.source(), id, toFx(img)));
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.exceptionallyAsync(e -> {
            LOG.log(Level.WARNING, "tile " + id + " of " + sel.source().name() + " failed; using " + sel.fallback().name(), e);
            return toFx(sel.fallback().tile(id));
        }, TileSources.executor());
    }

    /** Gets the kept tile of an offline source, or null. */
    private static Image kept(TileSource source, TileId id) {
        if (!(source instanceof OfflineTileSource)) return null;
        synchronized (KEPT) {
            return KEPT.get(new Kept(source, id));
        }
    }

    /** Keeps a tile the offline rendering drew (the same source draws the same tile every time); returns it. */
    private static Image keep(TileSource source, TileId id, Image tile) {
        if (source instanceof OfflineTileSource) {
            synchronized (KEPT) {
                KEPT.put(new Kept(source, id), tile);
            }
        }
        return tile;
    }

    /** Computes a JavaFX image of a premultiplied ARGB tile; a null tile gives a plain ocean tile. */
    static Image toFx(BufferedImage tile) {
        if (tile == null) return plain(OCEAN);
        int w = tile.getWidth(), h = tile.getHeight();
        int[] argb = tile.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                ? ((DataBufferInt) tile.getRaster().getDataBuffer()).getData()
                : tile.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        var format = tile.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                ? PixelFormat.getIntArgbPreInstance() : PixelFormat.getIntArgbInstance();
        out.getPixelWriter().setPixels(0, 0, w, h, format, argb, 0, w);
        return out;
    }

    private static Image plain(int argb) {
        int n = WebMercator.TILE_SIZE;
        int[] px = new int[n * n];
        Arrays.fill(px, argb);
        WritableImage out = new WritableImage(n, n);
        out.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), px, 0, n);
        return out;
    }
}
