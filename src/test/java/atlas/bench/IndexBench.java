package atlas.bench;

import atlas.io.SyntheticDatasets;
import atlas.model.Bucket;
import atlas.model.Category;
import atlas.model.Dataset;
import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import atlas.model.TimelineIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TimelineIndex against a plain {@code List<TimedEvent>} stream filter, on 1,000,000 synthetic events
 * ({@link SyntheticDatasets}, seed 1): {@code at(t)} on random days, {@code between} over a random one-month window,
 * a histogram of the whole span by month and by day, and building the index. Sample mode: read the p0.50 lines for
 * medians. The setup prints heap per event (model and index) measured with MemoryMXBean after GC, and the
 * build's CPU time (load-independent, unlike the wall-clock {@code build} benchmark on a shared machine).
 *
 * <p>Run: {@code mvn -Pbench verify -DskipTests -Dbench.args="IndexBench -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class IndexBench {
    static final int EVENTS = 1_000_000;
    private static final Set<Category> ALL = EnumSet.allOf(Category.class);
    private static final LocalDate FIRST = LocalDate.of(1988, 1, 1);
    private static final int DAYS = 37 * 365;

    List<TimedEvent> list;
    TimelineIndex index;
    LocalDate[] days;
    int next;

    @Setup
    public void setUp() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long base = usedAfterGc(mem);
        Dataset d = SyntheticDatasets.generate(EVENTS, 1);
        list = d.events();
        long withModel = usedAfterGc(mem);
        index = TimelineIndex.of(d);
        long withIndex = usedAfterGc(mem);
        System.out.printf("%nheap per event: model (events, places, list) %.1f B, index %.1f B (indexBytes() %.1f B), total %.1f B%n",
                (withModel - base) / (double) EVENTS, (withIndex - withModel) / (double) EVENTS,
                index.indexBytes() / (double) EVENTS, (withIndex - base) / (double) EVENTS);
        // Wall-clock build time suffers when the machine is shared; the thread's CPU time does not.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            TimelineIndex.of(d);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf("build CPU time (best of 3): %d ms%n", best / 1_000_000);
        SplittableRandom r = new SplittableRandom(99);
        days = new LocalDate[4096];
        for (int i = 0; i < days.length; i++) days[i] = FIRST.plusDays(r.nextInt(DAYS));
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    private LocalDate day() { return days[next++ & (days.length - 1)]; }

    @Benchmark public List<TimedEvent> indexAt() { return index.at(day()); }

    @Benchmark public List<TimedEvent> listAt() {
        LocalDate t = day();
        return list.stream().filter(e -> ALL.contains(e.category()) && e.span().contains(t)).toList();
    }

    @Benchmark public List<TimedEvent> indexBetweenMonth() {
        LocalDate t = day();
        return index.between(t, t.plusMonths(1));
    }

    @Benchmark public List<TimedEvent> listBetweenMonth() {
        LocalDate t = day();
        TimeSpan w = TimeSpan.of(t, t.plusMonths(1));
        return list.stream().filter(e -> ALL.contains(e.category()) && e.span().overlaps(w)).toList();
    }

    @Benchmark public List<TimedEvent> indexBetweenMonthTwoCategories() {
        LocalDate t = day();
        return index.between(t, t.plusMonths(1), EnumSet.of(Category.CLASH, Category.CORRIDOR));
    }

    @Benchmark public int[][] indexHistogramMonths() {
        return index.histogram(FIRST, LocalDate.of(2025, 1, 1), Bucket.MONTH);
    }

    @Benchmark public int[][] indexHistogramDays() {
        return index.histogram(FIRST, LocalDate.of(2025, 1, 1), Bucket.DAY);
    }

    @Benchmark @BenchmarkMode(Mode.SingleShotTime) @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2) @Measurement(iterations = 5)
    public TimelineIndex build() { return TimelineIndex.of(list, List.of()); }
}
