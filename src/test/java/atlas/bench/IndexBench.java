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
 * the positions of a one-month window (the map's per-frame query) against a scan of every event's columns (the map's
 * old EventTable path), a histogram of the whole span by month and by day, and building the index. Sample mode: read the p0.50 lines for
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
    /**
     * The columns the map kept of its own before the one-timeline rework (map.EventTable: each event's first day and
     * end day, exclusive, in timeline order), which EventFrame scanned from 0 every frame: the old path that
     * {@link TimelineIndex#positions} replaced.
     */
    int[] startDay, endDay;

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
        startDay = new int[index.size()];
        endDay = new int[index.size()];
        for (int i = 0; i < index.size(); i++) {
            TimeSpan sp = index.get(i).span();
            startDay[i] = sp.from() == null ? Integer.MIN_VALUE : (int) sp.from().toEpochDay();
            endDay[i] = sp.until() == null ? Integer.MAX_VALUE : (int) sp.until().toEpochDay();
        }
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

    /** The map's per-frame query: the positions of a one-month window, visited with their age (no list, no boxing). */
    @Benchmark public long indexPositionsMonth() {
        LocalDate t = day();
        long[] sum = {0};
        index.positions(t, t.plusMonths(1), ALL).forEach((p, age) -> sum[0] += p + age);
        return sum[0];
    }

    /** The same positions and ages found the old way: a scan of every event's columns from position 0. */
    @Benchmark public long scanPositionsMonth() {
        LocalDate t = day();
        int from = (int) t.toEpochDay(), until = (int) t.plusMonths(1).toEpochDay(), last = until - 1;
        int[] s = startDay, e = endDay;
        long sum = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] < until && e[i] > from) sum += i + Math.max(0, last - s[i]);
        }
        return sum;
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
