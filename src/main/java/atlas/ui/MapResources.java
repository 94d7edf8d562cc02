package atlas.ui;

import atlas.geo.Basemap;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.tiles.CachedOnlineTileSource;
import atlas.tiles.OfflineTileSource;
import atlas.tiles.TileCache;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import atlas.tiles.TileServer;
import atlas.tiles.TileSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the map is made from, loaded once per run: the region's base map, the tile renderer (which reads the world
 * layers when first needed, see {@link TileRenderer#prepareWorld()}), the tile sources (offline first, the
 * default; then one per online tile server of the settings) and the disk cache the online ones share. Immutable.
 */
public record MapResources(Basemap basemap, TileRenderer renderer, List<TileSource> sources, TileCache tileCache) {
    public MapResources {
        sources = List.copyOf(sources);
    }

    /** Gets the directory of the online tile cache: {@code ~/.corridor-atlas/tiles}. */
    public static Path tileCacheDir() {
        return Path.of(System.getProperty("user.home"), ".corridor-atlas", "tiles");
    }

    /**
     * Computes the resources from the assets: reads the region's layers and checks the world layers' files exist
     * (they are read later, the first view does not need them). Throws {@link atlas.io.AssetException} naming a
     * missing or broken file; a world file found broken later fails {@link TileRenderer#prepareWorld()}.
     */
    public static MapResources load(Assets assets) {
        BasemapReader reader = new BasemapReader(assets);
        reader.checkWorldFiles();
        Basemap map = reader.read();
        TileRenderer renderer = new TileRenderer(map, reader::readWorld, TilePalette.atlas());
        OfflineTileSource offline = new OfflineTileSource(renderer);
        TileServerSettings settings = TileServerSettings.standard();
        TileCache cache = new TileCache(tileCacheDir(), settings.cacheBytes(), Clock.systemUTC());
        return new MapResources(map, renderer, List.of(offline), cache).withServers(settings.servers());
    }

    /**
     * Gets these resources with the online sources of {@code servers} (after the offline one); a server already
     * present keeps its source (its download threads and back-off).
     */
    public MapResources withServers(List<TileServer> servers) {
        List<TileSource> out = new ArrayList<>();
        out.add(offline());
        for (TileServer s : servers) {
            TileSource kept = sources.stream().filter(x -> x instanceof CachedOnlineTileSource o && o.server().equals(s))
                    .findFirst().orElse(null);
            out.add(kept != null ? kept : CachedOnlineTileSource.of(s, tileCache, offline()));
        }
        return new MapResources(basemap, renderer, out, tileCache);
    }

    /**
     * Computes the resources like {@link #load} and also reads the world layers now, so that every asset the map
     * draws from has been checked: for headless commands, which must fail before they render, not draw ocean where
     * a broken file's land should be. Throws {@link atlas.io.AssetException} naming a missing or broken file.
     */
    public static MapResources loadChecked(Assets assets) {
        MapResources res = load(assets);
        try {
            res.renderer().prepareWorld().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        return res;
    }

    /** Gets the offline source (the default). */
    public TileSource offline() { return sources.get(0); }

    /** Gets the source with a name, or the offline one. */
    public TileSource source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElse(offline());
    }
}
