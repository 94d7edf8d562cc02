package atlas.tiles;

import atlas.geo.TileId;
import java.io.IOException;

/** Downloads the encoded image (PNG or JPEG bytes) of a tile from a tile server. */
@FunctionalInterface
public interface TileFetcher {
    /** Computes the tile's bytes; throws on any network or HTTP failure. May block. */
    byte[] fetch(TileId id) throws IOException;
}
