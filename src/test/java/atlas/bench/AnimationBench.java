package atlas.bench;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.model.LatLon;
import atlas.ui.AnimationExport;
import atlas.ui.HeadlessFx;
import atlas.ui.LoadedData;
import atlas.ui.MapAnimation;
import atlas.ui.MapResources;
import atlas.ui.MapSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Frame rate of the animation export at 1280x800 (issue 14: at least 10 frames a second of rendering on the 2-core
 * machine): the Lachin corridor at zoom 11, 2020-09 to 2024-09, one frame a week (210 frames), exported twice (the
 * first run warms up), through {@link AnimationExport} as {@code --animate} and the window do. Prints the median and
 * p99 time to render a frame (date change, layout, snapshot and pixel read-back: wall time, and CPU time of the FX
 * thread, meaningful on a busy machine), to quantise and encode one, the frames written per second and the load
 * average. Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) atlas.bench.AnimationBench [WIDTHxHEIGHT] [compare]}
 * ({@code compare}: the compare mode's swipe, 2021 kept on the left, two maps rendered per frame).
 */
public final class AnimationBench {
    private AnimationBench() {}

    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 0 && args[0].contains("x") ? args[0] : "1280x800").split("x");
        int w = Integer.parseInt(size[0]), h = Integer.parseInt(size[1]);
        HeadlessFx.start(w, h);
        MapResources res = MapResources.loadChecked(Assets.standard());
        LoadedData data = LoadedData.of(Datasets.loadShipped());
        // "compare": the window's compare mode animated (A kept at 1 Jun 2021 left of the divider, B moving): two maps
        boolean compare = Arrays.asList(args).contains("compare");
        MapSnapshot.Request view = new MapSnapshot.Request(new LatLon(39.62, 46.58), 11, w, h, s -> {
            s.setData(data);
            if (compare) s.setCompareDate(LocalDate.of(2021, 6, 1));
        });
        MapAnimation animation = new MapAnimation(LocalDate.of(2020, 9, 1), LocalDate.of(2024, 9, 1),
                MapAnimation.Step.WEEK, 10, view);
        Path out = Files.createTempFile("animation-bench", ".gif");
        try {
            AnimationExport.export(res, animation, out, AnimationExport.Progress.NONE);
            double load0 = load();
            AnimationExport.Result r = AnimationExport.export(res, animation, out, AnimationExport.Progress.NONE);
            double load1 = load();
            System.out.printf(Locale.ROOT, (compare ? "comparing, " : "") + "export %dx%d, %d frames: render median %.1f ms, p99 %.1f ms (%.1f frames/s of"
                            + " rendering); quantise+encode median %.1f ms, p99 %.1f ms; %.1f frames/s written; %d KiB;"
                            + " load average %.1f-%.1f on %d cores%n", w, h, r.frames(), r.render().medianMs(),
                    r.render().p99Ms(), 1000 / r.render().medianMs(), r.encode().medianMs(), r.encode().p99Ms(),
                    r.framesPerSecond(), Files.size(out) / 1024, load0, load1, Runtime.getRuntime().availableProcessors());
            cpuPerFrame(res, animation);
        } finally {
            Files.deleteIfExists(out);
        }
        Platform.exit();
    }

    /**
     * Measures the CPU time per rendered frame of the threads that render it (what a busy machine's wall time hides):
     * the FX application thread (date change, layout, canvas drawing, pixel read-back) and the renderer thread that
     * paints the snapshot ({@code QuantumRenderer}).
     */
    private static void cpuPerFrame(MapResources res, MapAnimation animation) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CompletableFuture<Long> id = new CompletableFuture<>();
        Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
        long fx = id.get();
        long[] renderers = Arrays.stream(mx.getThreadInfo(mx.getAllThreadIds())).filter(t -> t != null
                && (t.getThreadId() == fx || t.getThreadName().startsWith("QuantumRenderer"))).mapToLong(t -> t.getThreadId()).toArray();
        List<LocalDate> days = animation.days();
        MapSnapshot.Request req = animation.map().andState(s -> s.setDate(days.get(0))).andView(v -> v.setDateStamp(true));
        try (MapSnapshot.Session s = MapSnapshot.Session.open(res, req)) {
            s.awaitTiles(60);
            int[] buf = new int[s.width() * s.height()];
            double[] cpu = new double[days.size()];
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = days.get(i);
                long c0 = cpu(mx, renderers);
                s.pixels(st -> st.setDate(d), buf);
                cpu[i] = (cpu(mx, renderers) - c0) / 1e6;
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "render, CPU time of the FX and renderer threads per frame: median %.1f ms,"
                    + " p99 %.1f ms (%.1f frames/s of one core); load average %.1f%n", cpu[(cpu.length - 1) / 2],
                    cpu[(int) Math.ceil(cpu.length * 0.99) - 1], 1000 / cpu[(cpu.length - 1) / 2], load());
        }
    }

    private static long cpu(ThreadMXBean mx, long[] threads) {
        long sum = 0;
        for (long t : threads) sum += Math.max(0, mx.getThreadCpuTime(t));
        return sum;
    }

    private static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }
}
