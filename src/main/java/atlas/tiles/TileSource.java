package atlas.tiles;

import atlas.geo.TileId;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Hands out base-map tiles. Implementations are thread-safe. */
public interface TileSource {
    /** Gets the name shown in the tile-source chooser. */
    String name();

    /** Gets the attribution line to show while this source is on screen. */
    String attribution();

    /**
     * Computes the tile's image: 256 x 256, {@code TYPE_INT_ARGB_PRE}. Never returns null; may block (rendering,
     * network, disk). Throws only on programming errors.
     */
    BufferedImage tile(TileId id);

    /**
     * Computes the tile's image asynchronously; {@code render} is the executor for drawing work (the offline
     * renderer's threads). The default computes {@link #tile} on it; a source that waits on the network does that
     * on threads of its own, so a slow network never holds the render threads. The future never fails for a
     * missing network or a bad tile (it then carries a fallback image).
     */
    default CompletableFuture<BufferedImage> tileAsync(TileId id, Executor render) {
        return CompletableFuture.supplyAsync(() -> tile(id), render);
    }
}
