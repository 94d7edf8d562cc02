package atlas;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Keeps the collector's soft heap limit above what the data needs. The installed app runs the Shenandoah collector
 * with a soft limit ({@code -XX:SoftMaxHeapSize=512m}) so that a session with little data stays small; but once the
 * live data alone outgrows that limit (a million events take about 500 MB), the collector can never get under it and
 * runs one cycle after another, a core busy for nothing, the window and the loader short of it. After each collection
 * cycle this reads the heap still in use (the live data) and moves the soft limit: up to twice the live data when it
 * passes 60 % of the limit, back down (never under the limit the app started with) when the data is gone.
 *
 * <p>Does nothing unless the JVM runs Shenandoah with a soft limit under its maximum heap and can change flags at run
 * time (the {@code jdk.management} module): {@code mvn javafx:run} and other collectors are left as they are.
 */
final class HeapBudget {
    private static final Logger LOG = Logger.getLogger(HeapBudget.class.getName());
    private static final String FLAG = "SoftMaxHeapSize";
    private static final long MB = 1L << 20;
    /** The live data's share of the limit above which the limit is raised, and under which it is lowered. */
    static final double RAISE_ABOVE = 0.6, LOWER_BELOW = 0.2;

    private final MBeanServer server;
    private final ObjectName diagnostic;
    private final MemoryPoolMXBean heap;
    private final long floor, max;
    private long current;

    private HeapBudget(MBeanServer server, ObjectName diagnostic, MemoryPoolMXBean heap, long floor, long max) {
        this.server = server;
        this.diagnostic = diagnostic;
        this.heap = heap;
        this.floor = floor;
        this.max = max;
        this.current = floor;
    }

    /** How long after the start {@link #installLater()} waits: the management classes would slow the first paint. */
    static final long DELAY_MS = 3000;

    /**
     * Installs the budget on a daemon thread a few seconds after the start ({@link #DELAY_MS}), once the window is up:
     * loading the JVM's management beans takes about a tenth of a second of a core. No data gets near the floor sooner.
     */
    static void installLater() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MS);
                install();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "heap-budget");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Starts following the collector's cycles where that applies (see the class comment); returns whether it does. */
    static boolean install() {
        try {
            GarbageCollectorMXBean cycles = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(c -> c.getName().equals("Shenandoah Cycles")).findFirst().orElse(null);
            MemoryPoolMXBean heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                    .findFirst().orElse(null);
            if (!(cycles instanceof NotificationEmitter emitter) || heap == null) return false;
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName diagnostic = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
            if (!server.isRegistered(diagnostic)) return false;
            long floor = Long.parseLong(flag(server, diagnostic));
            long max = Runtime.getRuntime().maxMemory();
            if (floor <= 0 || floor >= max) return false;
            HeapBudget budget = new HeapBudget(server, diagnostic, heap, floor, max);
            emitter.addNotificationListener((n, hb) -> budget.cycleEnded(), null, null);
            return true;
        } catch (JMException | RuntimeException e) {
            LOG.fine(() -> "the soft heap limit stays as it is: " + e);
            return false;
        }
    }

    /**
     * Computes the soft limit for a live data size: twice the data (at least {@code floor}, at most {@code max}) when
     * the data passes {@link #RAISE_ABOVE} of the current limit or falls under {@link #LOWER_BELOW} of it (a limit over
     * the floor); otherwise the current limit. Whole megabytes.
     */
    static long limitFor(long live, long current, long floor, long max) {
        boolean raise = live > RAISE_ABOVE * current && current < max;
        boolean lower = live < LOWER_BELOW * current && current > floor;
        if (!raise && !lower) return current;
        long wanted = Math.max(floor, Math.min(max, 2 * live));
        return Math.max(floor, Math.min(max, (wanted + MB - 1) / MB * MB));
    }

    private synchronized void cycleEnded() {
        MemoryUsage after = heap.getCollectionUsage();
        if (after == null) return;
        long live = after.getUsed();
        long next = limitFor(live, current, floor, max);
        if (next == current) return;
        try {
            server.invoke(diagnostic, "setVMOption", new Object[] {FLAG, Long.toString(next)},
                    new String[] {String.class.getName(), String.class.getName()});
            LOG.info(String.format(Locale.ROOT, "soft heap limit %d MB (was %d MB) for %d MB of live data",
                    next / MB, current / MB, live / MB));
            current = next;
        } catch (JMException | RuntimeException e) {
            LOG.fine(() -> "the soft heap limit could not be changed: " + e);
        }
    }

    private static String flag(MBeanServer server, ObjectName diagnostic) throws JMException {
        CompositeData option = (CompositeData) server.invoke(diagnostic, "getVMOption", new Object[] {FLAG},
                new String[] {String.class.getName()});
        return (String) option.get("value");
    }
}
