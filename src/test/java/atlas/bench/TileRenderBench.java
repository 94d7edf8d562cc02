package atlas.bench;

import atlas.geo.Basemap;
import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.model.LatLon;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering time of one offline base-map tile, cycling through the 8 x 6 tiles around the region's centre
 * (lat 39.7, lon 46.5). Sample mode reports the median (p0.50). Run:
 * {@code mvn -Pbench verify -DskipTests -Dbench.args="TileRenderBench -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TileRenderBench {
    @Param({"10"})
    public int zoom;

    private TileRenderer renderer;
    private final List<TileId> tiles = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        BasemapReader reader = new BasemapReader(Assets.fromDirectory(Path.of("assets")));
        Basemap map = reader.read();
        renderer = new TileRenderer(map, reader.readWorld(), TilePalette.atlas());
        TileId c = WebMercator.tileAt(new LatLon(39.7, 46.5), zoom);
        for (int i = -4; i < 4; i++)
            for (int j = -3; j < 3; j++) tiles.add(new TileId(zoom, c.x() + i, c.y() + j));
    }

    @Benchmark
    public BufferedImage renderTile() {
        TileId id = tiles.get(next);
        next = (next + 1) % tiles.size();
        return renderer.render(id);
    }
}
