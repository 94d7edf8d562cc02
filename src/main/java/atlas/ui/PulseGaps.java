package atlas.ui;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse while something runs in the background (a dataset loading):
 * an animation timer asks for a pulse every frame, so the longest gap between two pulses is the longest time the
 * window could not react. Each gap is split into what caused it: the FX thread's own CPU time (work of ours or of
 * JavaFX: layout, drawing), the garbage collector's stop-the-world pauses, and the rest, waiting for a core (on a
 * busy machine). Start and stop it on the FX thread. Not thread-safe: FX thread only, except {@link #giveWay()},
 * which the loading thread calls so that pulses keep coming.
 */
final class PulseGaps extends AnimationTimer {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /**
     * The collectors whose time stops the application: a concurrent collector reports its pauses and its cycles apart
     * ("Shenandoah Pauses", "Shenandoah Cycles"); a cycle runs beside the application and is left out.
     */
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(c -> !c.getName().endsWith("Cycles")).toList();
    /** The render thread's id (JavaFX's QuantumRenderer draws each frame the FX thread hands it), or -1. */
    private final long renderThread = java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
            .filter(t -> t != null && t.getThreadName().startsWith("QuantumRenderer"))
            .mapToLong(java.lang.management.ThreadInfo::getThreadId).findFirst().orElse(-1);
    private long last = -1, lastCpu, lastGc, lastRender, lastProcess;
    private long longest, longestCpu, longestGc, longestBusy, longestRender, longestProcess;
    private long pulses;
    /** Every gap and the FX thread's CPU time in it, in nanoseconds (for the median and the 99th percentile). */
    private long[] gaps = new long[1024], busy = new long[1024];
    private int pulsesToGo = -1;
    private Runnable then;
    /** System.nanoTime() of the last pulse, or 0 before the first (read by the loading thread). */
    private volatile long lastPulseNanos;
    /** A pulse later than this is due soon and the loader gives way; much later, the FX thread is not waiting for a core. */
    private static final long LATE_NANOS = 20_000_000L, STALLED_NANOS = 250_000_000L;
    /** How many pulses after the work is applied are still measured (see {@link #finish}). */
    private static final int SETTLE_PULSES = 30;

    @Override public void handle(long now) {
        lastPulseNanos = System.nanoTime();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        long gc = gcMillis() * 1_000_000;
        long render = renderThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
        long process = processCpuNanos();
        if (last >= 0) {
            long gap = now - last;
            if (gap > longest) {
                longest = gap;
                longestCpu = cpu - lastCpu;
                longestGc = gc - lastGc;
                longestRender = render - lastRender;
                longestProcess = process - lastProcess;
            }
            longestBusy = Math.max(longestBusy, cpu - lastCpu);
            int n = (int) Math.min(pulses - 1, Integer.MAX_VALUE - 8);
            if (n == gaps.length) {
                gaps = Arrays.copyOf(gaps, n * 2);
                busy = Arrays.copyOf(busy, n * 2);
            }
            gaps[n] = gap;
            busy[n] = cpu - lastCpu;
        }
        last = now;
        lastCpu = cpu;
        lastGc = gc;
        lastRender = render;
        lastProcess = process;
        pulses++;
        if (pulsesToGo > 0 && --pulsesToGo == 0) {
            stop();
            then.run();
        }
    }

    /**
     * Stops half a second of pulses later (30), then runs {@code report}: the gap in which the work is applied and the
     * frames that first draw it (laid out, then painted by the render thread, which may hold up the pulse after) are
     * measured too.
     */
    void finish(Runnable report) {
        then = report;
        pulsesToGo = SETTLE_PULSES;
    }

    /**
     * Gets the process's CPU time (all its threads, the collector's and compiler's too) in nanoseconds as the operating
     * system counts it (to its clock tick, 10 ms on Linux), or 0 where the system does not tell.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean c : collectors) t += Math.max(0, c.getCollectionTime());
        return t;
    }

    /** Gets the longest gap between two pulses so far, in milliseconds. */
    double longestGapMs() { return longest / 1e6; }

    /** Gets the most CPU time the FX thread spent between two pulses, in milliseconds: our work, whatever the load. */
    double longestBusyMs() { return longestBusy / 1e6; }

    /** Gets the {@code q}-quantile (0..1, nearest rank) of the gaps between pulses so far, in milliseconds; 0 before two pulses. */
    double gapQuantileMs(double q) { return quantile(gaps, q) / 1e6; }

    /** Gets the {@code q}-quantile of the FX thread's CPU time between two pulses, in milliseconds. */
    double busyQuantileMs(double q) { return quantile(busy, q) / 1e6; }

    private long quantile(long[] values, double q) {
        int n = (int) Math.max(0, pulses - 1);
        if (n == 0) return 0;
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1))];
    }

    /**
     * Gives way to the FX thread: when a pulse is more than 20 ms late (the FX thread waiting for a core that the
     * loader and the garbage collector hold), sleeps a millisecond so that a core comes free for it. Costs nothing
     * while pulses come on time, nor when the FX thread is held by something a core would not help (over 250 ms late,
     * or before the first pulse). Called by the loading thread, often (every few kilobytes read).
     */
    void giveWay() {
        long last = lastPulseNanos;
        if (last == 0) return;
        long late = System.nanoTime() - last;
        if (late < LATE_NANOS || late > STALLED_NANOS) return;
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gets the number of pulses seen. */
    long pulses() { return pulses; }

    /**
     * Gets "412 ms (FX thread busy 12 ms of it, garbage collection 300 ms, …); the FX thread worked at most 30 ms between
     * two pulses (1592 pulses); gaps median 17 ms, p99 48 ms; FX thread work median 1 ms, p99 9 ms".
     */
    String summary() {
        return String.format(Locale.ROOT, "%.0f ms (FX thread busy %.0f ms of it, render thread %.0f ms, garbage"
                        + " collection %.0f ms, the app's other threads %.0f ms of CPU; the rest waiting for a core);"
                        + " the FX thread worked at most %.0f ms between two pulses (%d pulses);"
                        + " gaps median %.1f ms, p99 %.1f ms; FX thread work per gap median %.1f ms, p99 %.1f ms",
                longest / 1e6, longestCpu / 1e6, longestRender / 1e6, longestGc / 1e6,
                Math.max(0, longestProcess - longestCpu - longestRender) / 1e6, longestBusy / 1e6, pulses,
                gapQuantileMs(0.5), gapQuantileMs(0.99), busyQuantileMs(0.5), busyQuantileMs(0.99));
    }
}
