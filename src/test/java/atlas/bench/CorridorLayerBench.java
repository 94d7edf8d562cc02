package atlas.bench;

import atlas.geo.WebMercator;
import atlas.geo.Corridors;
import atlas.io.Datasets;
import atlas.map.CorridorLayer;
import atlas.map.CorridorScene;
import atlas.model.TimedFeature;
import atlas.io.Assets;
import atlas.map.AtlasMap;
import atlas.model.LatLon;
import atlas.ui.MapResources;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Redraw cost of the corridor overlay with every corridor feature of the shipped dataset switched on
 * (routes, bands, posts, checkpoint, protest camp), at zoom 11 on a 1600x1000 view around Lachin.
 * {@code dateChange} and {@code pan} run the real {@link CorridorLayer} inside the app's map ({@link AtlasMap} over Gluon's MapView) on the FX thread
 * (Monocle headless, software pipeline): set the date or move the centre, then lay out, which redraws the canvas.
 * The time includes one Platform.runLater round trip; the rasterisation of the canvas commands happens later on
 * the render thread and is not in it; {@code dateChangeRasterised} adds a canvas snapshot, which rasterises the
 * frame. {@code sceneOnly} is the toolkit-free part: date filter, projection and a hit test.
 * Run: {@code mvn -Pbench verify -DskipTests -Dbench.args=CorridorLayerBench} (iterations are set here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CorridorLayerBench {
    private static final LocalDate[] DATES = {LocalDate.of(2021, 6, 1), LocalDate.of(2022, 9, 15),
            LocalDate.of(2023, 1, 10), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 9, 26), LocalDate.of(2023, 10, 15)};

    private AtlasMap map;
    private StackPane root;
    private CorridorLayer layer;
    private CorridorScene scene;
    private int tick;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<TimedFeature> features = Datasets.loadShipped().features();
        scene = CorridorScene.of(Corridors.withBands(features));
        atlas.ui.HeadlessFx.start(1600, 1000);
        fx(() -> {
            // the layer draws in the view an AtlasMap keeps (a bare Gluon MapView has none: it drew nothing)
            MapResources res = MapResources.load(Assets.fromDirectory(Path.of("assets")));
            map = new AtlasMap(res.offline(), res.renderer());
            layer = new CorridorLayer(u -> { });
            layer.setScene(scene);
            map.addOverlay(layer);
            root = new StackPane(map);
            new Scene(root, 1600, 1000);
            root.resize(1600, 1000);
            root.applyCss();
            root.layout();
            map.setView(LatLon.of(39.64, 46.56), 11);
            root.layout();
            layer.setDate(LocalDate.of(2023, 1, 10));
            root.layout();
            if (layer.drawnItems().size() < 5) throw new IllegalStateException("the layer drew " + layer.drawnItems().size() + " items");
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() { Platform.exit(); }

    @Benchmark
    public int dateChange() throws Exception {
        LocalDate d = DATES[tick++ % DATES.length];
        return fx(() -> {
            layer.setDate(d);
            root.layout();
            return layer.drawnItems().size();
        });
    }

    /** A date change plus a snapshot of the canvas, which forces the software rasterisation of the frame. */
    @Benchmark
    public Object dateChangeRasterised() throws Exception {
        LocalDate d = DATES[tick++ % DATES.length];
        return fx(() -> {
            layer.setDate(d);
            root.layout();
            return layer.canvas().snapshot(null, null);
        });
    }

    /** The snapshot alone, of the same canvas cleared: the read-back overhead inside {@code dateChangeRasterised}. */
    @Benchmark
    public Object emptySnapshot() throws Exception {
        return fx(() -> {
            layer.canvas().getGraphicsContext2D().clearRect(0, 0, layer.canvas().getWidth(), layer.canvas().getHeight());
            return layer.canvas().snapshot(null, null);
        });
    }

    @Benchmark
    public int pan() throws Exception {
        double dLon = (tick++ % 2 == 0) ? 0.02 : -0.02;
        return fx(() -> {
            map.setView(LatLon.of(39.64, 46.56 + dLon), 11);
            root.layout();
            return layer.drawnItems().size();
        });
    }

    @Benchmark
    public Object sceneOnly() {
        LocalDate d = DATES[tick++ % DATES.length];
        List<CorridorScene.Item> active = scene.activeAt(d, true, true, true);
        CorridorScene.View v = CorridorScene.View.anchored(256 * Math.pow(2, 11), WebMercator.worldX(46.56),
                WebMercator.worldY(39.64), 800 + (tick % 7), 500);
        double sum = 0;
        for (CorridorScene.Item it : active)
            for (int p = 0; p < it.xs().length; p++)
                for (int i = 0; i < it.xs()[p].length; i++) sum += v.x(it.xs()[p][i]) + v.y(it.ys()[p][i]);
        return CorridorScene.hit(active, v, 800, 500, 7) == null ? sum : sum + 1;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return atlas.ui.FxThread.call(work, 10);
    }
}
