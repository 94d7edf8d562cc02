package atlas.bench;

import atlas.map.EventLayer;
import atlas.map.EventMarker;
import atlas.model.TimeWindow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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
 * One slider step while scrubbing with 100,000 or 1,000,000 events loaded: the event layer's model query (events of the time
 * window ending on the new day, category filter), screen projection, grid clustering and the canvas draw calls for
 * a 1600 x 900 map at zoom 9 over the region. Runs on the FX thread of a headless (Monocle, software) toolkit.
 * The time includes one hand-off to the FX thread and back. Target: under 8 ms median, p99 under 16.7 ms. The map
 * stays still while the date moves, so after the first steps the layer draws a long window from the cells it built
 * for the view off the FX thread ({@code atlas.map.CellIndex}); the warm-up covers that build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
public class ScrubBench {
    @Param({"100000", "1000000"})
    int events;

    /** The time window: the two a user picks most; other lengths with {@code -p window=last-5-years} and the like. */
    @Param({"last-30-days", "cumulative"})
    String window;

    /**
     * Workspace layers the events are split into (round robin): 1 is one dataset; 3 is the combined index of three
     * layers, the second and third with a colour (a ring around each symbol, as imported files are drawn).
     */
    @Param({"1", "3"})
    int layers;

    /**
     * The categories shown: all, or all but one (a filter in the legend: the frame then leaves that category's cells
     * out rather than visiting every event of the others).
     */
    @Param({"all", "one-hidden"})
    String categories;

    private EventLayer layer;
    private LocalDate date;

    @Setup
    public void setUp() throws Exception {
        atlas.ui.LoadedData data = SyntheticEvents.workspace(events, layers);
        atlas.ui.HeadlessFx.start(1600, 1000);
        fx(() -> {
            layer = new EventLayer();
            layer.setTimeline(data.timeline());
            layer.setLayerColours(data.layerColours());
            layer.setWindow(window(window));
            if (categories.equals("one-hidden")) {
                java.util.Set<atlas.model.Category> shown = java.util.EnumSet.allOf(atlas.model.Category.class);
                shown.remove(atlas.model.Category.DIPLOMACY);
                layer.setCategories(shown);
            }
            return null;
        });
        date = LocalDate.of(2020, 1, 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    @Benchmark
    public List<EventMarker> sliderStep() throws Exception {
        date = date.plusDays(3);
        if (date.getYear() > 2024) date = LocalDate.of(1990, 1, 1);
        LocalDate d = date;
        return fx(() -> {
            layer.setDate(d);
            return layer.renderView(39.75, 46.6, 9, 1600, 900);
        });
    }

    /** Gets the window named by the parameter: {@code cumulative}, or {@code last-N-days|months|years} (any N, with -p). */
    static TimeWindow window(String name) {
        if (name.equals("cumulative")) return TimeWindow.cumulative();
        String[] p = name.split("-");
        return TimeWindow.last(Integer.parseInt(p[1]), ChronoUnit.valueOf(p[2].toUpperCase(java.util.Locale.ROOT)));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return atlas.ui.FxThread.call(work, 10);
    }
}
