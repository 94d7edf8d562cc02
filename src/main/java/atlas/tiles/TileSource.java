package atlas.tiles;

import atlas.geo.TileId;
import java.awt.image.BufferedImage;

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
}
