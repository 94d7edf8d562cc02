package atlas.ui;

import atlas.geo.Basemap;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.tiles.CachedOnlineTileSource;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import atlas.tiles.TileSource;
import java.nio.file.Path;
import java.util.List;

/**
 * What the map is made from, loaded once per run: the base map, its tile renderer and the tile sources (offline
 * first, the default). Immutable.
 */
public record MapResources(Basemap basemap, TileRenderer renderer, List<TileSource> sources) {
    public MapResources {
        sources = List.copyOf(sources);
    }

    /** Gets the directory of the online tile cache: {@code ~/.corridor-atlas/tiles}. */
    public static Path tileCacheDir() {
        return Path.of(System.getProperty("user.home"), ".corridor-atlas", "tiles");
    }

    /** Computes the resources from the assets; throws {@link atlas.io.AssetException} naming a missing or broken file. */
    public static MapResources load(Assets assets) {
        Basemap map = new BasemapReader(assets).read();
        TileRenderer renderer = new TileRenderer(map, TilePalette.atlas());
        OfflineTileSource offline = new OfflineTileSource(renderer);
        return new MapResources(map, renderer,
                List.of(offline, CachedOnlineTileSource.openStreetMap(tileCacheDir(), offline)));
    }

    /** Gets the offline source (the default). */
    public TileSource offline() { return sources.get(0); }

    /** Gets the source with a name, or the offline one. */
    public TileSource source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElse(offline());
    }
}
