package atlas.tiles;

import atlas.geo.TileId;
import java.io.IOException;

/** Downloads one tile from a tile server. Implementations are thread-safe and may block. */
@FunctionalInterface
public interface TileFetcher {
    /**
     * Fetches a tile. When {@code cached} is not null it is the copy on disk, whose validators (ETag,
     * Last-Modified) are sent so that an unchanged tile costs the server nothing ({@link TileResponse#notModified}).
     *
     * @throws TileFetchException when the server or the network fails (what kind tells whether to back off)
     * @throws IOException        on any other failure to read the answer
     */
    TileResponse fetch(TileId id, TileCache.Entry cached) throws IOException;
}
