package atlas.bench;

import atlas.model.Bucket;
import atlas.model.TimelineIndex;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Recomputing the timeline histogram for a new visible span (what every wheel notch on the bar does) with
 * 1,000,000 events: a random span from two weeks to the whole 37 years, bucketed as the bar would at 1400 px.
 * Target: under 5 ms median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class HistogramBench {
    @Param("1000000")
    int events;

    /** Workspace layers the events are split into (the combined index of several layers with 3). */
    @Param({"1", "3"})
    int layers;

    private TimelineIndex index;
    private final Random random = new Random(7);
    private static final long FIRST = LocalDate.of(1988, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2025, 1, 1).toEpochDay();

    @Setup
    public void setUp() {
        index = SyntheticEvents.workspace(events, layers).index();
    }

    @Benchmark
    public int[][] histogramForNewSpan() {
        long length = 14 + (long) ((LAST - FIRST - 14) * Math.pow(random.nextDouble(), 2));
        long from = FIRST + (long) (random.nextDouble() * (LAST - FIRST - length));
        double pxPerDay = 1400.0 / length;
        Bucket b = pxPerDay >= 3 ? Bucket.DAY : pxPerDay * 7 >= 3 ? Bucket.WEEK : pxPerDay * 30.44 >= 3 ? Bucket.MONTH : Bucket.YEAR;
        return index.histogram(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(from + length), b);
    }

    @Benchmark
    public int[][] histogramWholeExtentByWeek() {
        return index.histogram(LocalDate.ofEpochDay(FIRST), LocalDate.ofEpochDay(LAST), Bucket.WEEK);
    }
}
