package atlas.map;

import atlas.geo.Basemap;
import atlas.geo.TileId;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import java.nio.file.Path;

/** The repository's base map and renderer, loaded once per test JVM. */
final class MapTestFixture {
    private static TileRenderer renderer;
    private static Basemap basemap;

    private MapTestFixture() {}

    static synchronized Basemap basemap() {
        if (basemap == null) basemap = new BasemapReader(Assets.fromDirectory(Path.of("assets"))).read();
        return basemap;
    }

    static synchronized TileRenderer renderer() {
        if (renderer == null)
            renderer = new TileRenderer(basemap(), new BasemapReader(Assets.fromDirectory(Path.of("assets"))).readWorld(), TilePalette.atlas());
        return renderer;
    }

    static OfflineTileSource offline() { return new OfflineTileSource(renderer()); }

    static TileId anyTile() { return new TileId(9, 322, 194); }
}
