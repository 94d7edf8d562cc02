package atlas.bench;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.map.AtlasMap;
import atlas.model.Stop;
import atlas.story.ShippedStories;
import atlas.story.StoryPlayer;
import atlas.ui.AtlasState;
import atlas.ui.LoadedData;
import atlas.ui.MapAssembly;
import atlas.ui.MapResources;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One frame of the map's overlays after a pan, as a slide of the August 2022 story shows it (1600 x 1000, zoom 11 or
 * 9): the town names placed once on the collision grid (clear of the event markers and rings), the corridor's lines
 * broken under them, the event markers and the event labels placed clear of the names, and the drawings. The map is
 * panned by one pixel per call, so nothing is reused from the frame before. Runs on the FX thread of a headless
 * (Monocle, software) toolkit; the time includes one hand-off to the FX thread and back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
public class LabelBench {
    @Param({"11", "9"})
    double zoom;

    private AtlasMap map;
    private Stage stage;
    private int step;

    @Setup
    public void setUp() throws Exception {
        MapResources res = MapResources.load(Assets.standard());
        LoadedData data = LoadedData.of(Datasets.loadShipped());
        Stop stop = ShippedStories.load("stories/august-2022-escalation.story.json").stop(5);
        atlas.ui.HeadlessFx.start(1600, 1000);
        fx(() -> {
            AtlasState state = new AtlasState();
            state.setData(data);
            StoryPlayer.applyTo(state, stop);
            map = MapAssembly.build(res, state);
            stage = new Stage();
            stage.setScene(new Scene(map, 1600, 1000));
            stage.show();
            map.setView(stop.center(), zoom);
            map.layout();
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    @Benchmark
    public Object frameAfterPan() throws Exception {
        int dx = (step++ % 2 == 0) ? 1 : -1;
        return fx(() -> {
            map.panBy(dx, 0);
            map.layout();
            return map.getView();
        });
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return atlas.ui.FxThread.call(work, 30);
    }
}
