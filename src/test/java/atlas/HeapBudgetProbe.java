package atlas;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Run by {@link HeapBudgetTest} in a JVM of its own: holds {@code args[0]} MB of live data under a small soft heap limit,
 * makes garbage (about 100 MB/s, a busy app's rate) until the limit reaches {@code args[1]} MB (at most ten seconds) and
 * for a second more, then prints "INSTALLED LIMIT_BYTES CYCLES_IN_THAT_SECOND".
 */
public final class HeapBudgetProbe {
    private HeapBudgetProbe() {}

    public static void main(String[] args) throws Exception {
        boolean installed = HeapBudget.install();
        // small arrays, as the app's data is mostly small objects (a megabyte array would waste regions of the heap)
        byte[][] live = new byte[Integer.parseInt(args[0]) * 128][];
        for (int i = 0; i < live.length; i++) live[i] = new byte[8192 - 16];
        long start = System.nanoTime(), sink = 0;
        // until the limit has room for the data (it may have moved already while the data was made)
        long room = Long.parseLong(args[1]) << 20;
        while (Long.parseLong(limit()) < room && System.nanoTime() - start < 10_000_000_000L) sink += garbage();
        // a second of garbage under the new limit: how many cycles does the collector still run?
        long before = cycles(), until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until) sink += garbage();
        System.out.println(installed + " " + limit() + " " + (cycles() - before) + " " + (sink > 0 ? live.length / 128 : 0));
    }

    /** Makes 64 KB of garbage in half a millisecond or more. */
    private static long garbage() {
        long n = 0;
        for (int i = 0; i < 8; i++) n += new byte[8192].length;
        java.util.concurrent.locks.LockSupport.parkNanos(500_000);
        return n;
    }

    private static String limit() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("SoftMaxHeapSize").getValue();
    }

    private static long cycles() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(c -> c.getName().endsWith("Cycles"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
