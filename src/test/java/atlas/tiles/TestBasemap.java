package atlas.tiles;

import atlas.geo.Basemap;
import atlas.geo.WorldMap;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import java.nio.file.Path;

/** The repository's own base map (assets/basemap), loaded once per test JVM. */
public final class TestBasemap {
    private static Basemap map;
    private static WorldMap world;

    public static synchronized WorldMap world() {
        if (world == null) world = new BasemapReader(Assets.fromDirectory(Path.of("assets"))).readWorld();
        return world;
    }

    private TestBasemap() {}

    public static synchronized Basemap get() {
        if (map == null) map = new BasemapReader(Assets.fromDirectory(Path.of("assets"))).read();
        return map;
    }
}
