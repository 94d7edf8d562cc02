package atlas.bench;

import atlas.io.Assets;
import atlas.io.SyntheticDatasets;
import atlas.ui.AtlasState;
import atlas.ui.HeadlessFx;
import atlas.ui.MainWindow;
import atlas.ui.MapResources;
import atlas.ui.PlaySpeed;
import atlas.ui.TimelineBar;
import atlas.ui.TimelineViews;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Soak: the whole main window (map, event layer, timeline bar, list, details) with 100,000 synthetic events plays in
 * a loop at 1 week per second for {@code minutes} minutes, headless (Monocle, software rendering). Playback starts
 * ten minutes of play before the end of the timeline, so it wraps around at least once. After a two-minute warm-up
 * the heap after a full GC is sampled every minute; the run fails when a sample is more than 5 % off the first one
 * (a leak), or when the date stopped moving. Prints the samples. One shot, by hand:
 * {@code mvn -Pbench verify -DskipTests -Dbench.args="PlaybackSoak"} (add {@code -p minutes=3} for a short run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Timeout(time = 90, timeUnit = TimeUnit.MINUTES) // JMH stops an iteration after 10 minutes by default
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Datlas.prefs.node=corridor-atlas-bench"})
public class PlaybackSoak {
    private static final double TOLERANCE = 0.05;
    @Param("20")
    int minutes;
    @Param("100000")
    int events;

    /** Returns the largest deviation of the heap after GC from the first sample, in percent. */
    @Benchmark
    public double soak() throws Exception {
        HeadlessFx.start(1600, 1000);
        MapResources res = MapResources.load(Assets.standard());
        var dataset = SyntheticDatasets.generate(events, 42);
        TimelineBar[] bar = new TimelineBar[1];
        fx(() -> {
            AtlasState state = new AtlasState();
            state.setDataset(dataset);
            MainWindow window = new MainWindow(res, state);
            TimelineViews timeline = new TimelineViews(state, window.map(), url -> {});
            window.setLeft(timeline.list());
            window.setRight(timeline.details());
            window.setBottom(timeline.bar());
            Stage stage = new Stage();
            stage.setScene(new Scene(window, 1600, 1000));
            stage.show();
            TimelineBar b = timeline.bar();
            b.setSpeed(PlaySpeed.WEEK);
            b.setLoop(true);
            b.scrubTo(b.getExtent().until().minusDays(Math.round(10 * 60 * PlaySpeed.WEEK.daysPerSecond())));
            b.setPlaying(true);
            bar[0] = b;
            return null;
        });
        System.out.printf(Locale.ROOT, "soak: %d events, 1 week/s, loop, %d min; warm-up 2 min%n", events, minutes);
        Thread.sleep(TimeUnit.MINUTES.toMillis(Math.min(2, minutes)));
        List<Long> heap = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        long start = System.nanoTime();
        for (int m = 0; m <= Math.max(1, minutes - 2); m++) {
            if (m > 0) Thread.sleep(Math.max(0, start + TimeUnit.MINUTES.toNanos(m) - System.nanoTime()) / 1_000_000);
            heap.add(heapAfterGc());
            dates.add(fx(() -> bar[0].getDate()));
            System.out.printf(Locale.ROOT, "soak: minute %2d  heap after GC %6.1f MB  date %s  playing %s%n", m + 2,
                    heap.get(heap.size() - 1) / 1e6, dates.get(dates.size() - 1), fx(() -> bar[0].isPlaying()));
        }
        long first = heap.get(0);
        double worst = heap.stream().mapToDouble(h -> Math.abs(h - first) / (double) first).max().orElse(0);
        long distinctDates = dates.stream().distinct().count();
        System.out.printf(Locale.ROOT, "soak: first %.1f MB, min %.1f MB, max %.1f MB, last %.1f MB; largest deviation %.2f %% "
                        + "(limit %.0f %%); %d distinct dates sampled%n", first / 1e6,
                heap.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                heap.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, heap.get(heap.size() - 1) / 1e6,
                worst * 100, TOLERANCE * 100, distinctDates);
        fx(() -> {
            bar[0].setPlaying(false);
            return null;
        });
        if (distinctDates < dates.size()) throw new IllegalStateException("playback stopped moving the date: " + dates);
        if (worst > TOLERANCE) throw new IllegalStateException(String.format(Locale.ROOT,
                "heap after GC drifted %.1f %% (more than %.0f %%): %s", worst * 100, TOLERANCE * 100, heap));
        return worst * 100;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return atlas.ui.FxThread.call(work, 60);
    }
}
