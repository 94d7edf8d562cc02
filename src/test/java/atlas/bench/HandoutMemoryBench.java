package atlas.bench;

import atlas.io.Assets;
import atlas.io.Datasets;
import atlas.model.Dataset;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.story.ExportProgress;
import atlas.story.HandoutExport;
import atlas.story.SnapshotStopRenderer;
import atlas.story.StopRenderer;
import atlas.ui.HeadlessFx;
import atlas.ui.MapResources;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * By hand: exports a handout of many stops and prints the time per stop and the heap after GC along the way, to show
 * memory stays bounded per page. {@code plain N}: N stops, each map a different noisy image (no toolkit, the PDF
 * side alone, distinct images); {@code real N}: N stops of distinct views rendered by the snapshot renderer, as the command line
 * does. Run with a small heap to prove the point, e.g. after {@code mvn test-compile}:
 * {@code java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) atlas.bench.HandoutMemoryBench plain 10000}.
 */
public final class HandoutMemoryBench {
    private HandoutMemoryBench() {}

    public static void main(String[] args) throws Exception {
        boolean real = args[0].equals("real");
        int n = Integer.parseInt(args[1]);
        List<Stop> stops = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            LatLon c = new LatLon(39.2 + r.nextDouble(), 45.8 + 1.4 * r.nextDouble());
            stops.add(new Stop("Stop " + (i + 1) + " of a long story", "Text of stop " + i + ": **bold** and *italic* words "
                    + "that wrap over a few lines of the caption column. ".repeat(1 + i % 4), LocalDate.of(2020, 1, 1).plusDays(i % 1500),
                    null, c, 8 + r.nextInt(5), null, List.of(), "", List.of()));
        }
        Story story = new Story("Memory bench", "", stops);
        Dataset dataset = Datasets.loadShipped();
        StopRenderer renderer;
        if (real) {
            MapResources res = MapResources.loadChecked(Assets.standard());
            HeadlessFx.start(1000, 640);
            renderer = new SnapshotStopRenderer(res, dataset, 60);
        } else {
            renderer = (stop, w, h) -> noise(w, h, stop.title().hashCode());
        }
        Path pdf = Files.createTempFile("handout-bench", ".pdf");
        long start = System.nanoTime();
        long[] peak = {0};
        int every = Math.max(1, n / 20);
        new HandoutExport(renderer, dataset).export(story, pdf, new ExportProgress() {
            @Override public void stopsDone(int done, int total) {
                if (done == 0 || (done % every != 0 && done != total)) return;
                long heap = heapAfterGc();
                peak[0] = Math.max(peak[0], heap);
                System.out.printf(Locale.ROOT, "%6d stops  %7.1f s  heap after GC %6.1f MB%n", done,
                        (System.nanoTime() - start) / 1e9, heap / 1e6);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d stops in %.1f s (%.3f s per stop), PDF %.1f MB, largest heap after GC %.1f MB, "
                        + "heap limit %d MB, peak heap used %.1f MB, load average %.2f%n", real ? "real" : "plain", n, seconds,
                seconds / n, Files.size(pdf) / 1e6, peak[0] / 1e6, Runtime.getRuntime().maxMemory() >> 20, peakHeap() / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.delete(pdf);
        System.exit(0);
    }

    /** Computes a map-like image different for every seed: a plain ground with a few random patches. */
    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xE8E0D0));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 40; i++) {
            g.setColor(new java.awt.Color(r.nextInt(0x1000000)));
            g.fillRect(r.nextInt(w), r.nextInt(h), 10 + r.nextInt(120), 10 + r.nextInt(80));
        }
        g.dispose();
        return img;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
