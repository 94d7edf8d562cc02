package atlas.bench;

import atlas.geo.TileId;
import atlas.geo.WebMercator;
import atlas.io.Assets;
import atlas.io.BasemapReader;
import atlas.model.LatLon;
import atlas.tiles.TilePalette;
import atlas.tiles.TileRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time (not wall time) of rendering one zoom-10 tile in the region, for machines too busy for
 * {@link TileRenderBench}'s wall-clock figures to mean much: warms up on 1,500 tiles, then measures 480 with
 * {@link ThreadMXBean#getCurrentThreadCpuTime()}. Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) atlas.bench.TileCpuTimeBench}.
 */
public final class TileCpuTimeBench {
    private TileCpuTimeBench() {}

    public static void main(String[] args) {
        BasemapReader reader = new BasemapReader(Assets.fromDirectory(Path.of("assets")));
        TileRenderer renderer = new TileRenderer(reader.read(), reader.readWorld(), TilePalette.atlas());
        TileId c = WebMercator.tileAt(new LatLon(39.7, 46.5), 10);
        List<TileId> tiles = new ArrayList<>();
        for (int i = -4; i < 4; i++)
            for (int j = -3; j < 3; j++) tiles.add(new TileId(10, c.x() + i, c.y() + j));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 1500; k++) renderer.render(tiles.get(k % tiles.size()));
        double[] cpu = new double[480], wall = new double[480];
        for (int k = 0; k < cpu.length; k++) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            renderer.render(tiles.get(k % tiles.size()));
            cpu[k] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[k] = (System.nanoTime() - w0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "zoom-10 tile: CPU time median %.2f ms (p90 %.2f ms), wall median %.2f ms, load average %.1f%n",
                cpu[cpu.length / 2], cpu[cpu.length * 9 / 10], wall[wall.length / 2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
