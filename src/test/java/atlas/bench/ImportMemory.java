package atlas.bench;

import atlas.io.ImportResult;
import atlas.io.Imports;
import atlas.io.SyntheticAcled;
import atlas.model.TimedEvent;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap the model keeps per imported event, by hand (not a unit test):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) atlas.bench.ImportMemory [N] [file.csv]}.
 * Imports an ACLED-format CSV of N synthetic rows (generated when the file is missing), forces full collections
 * before and after, and prints the retained heap per event with the events' unique text (ids and notes, one byte a
 * character in compact strings) taken out, next to the load average.
 */
public final class ImportMemory {
    private ImportMemory() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/import-memory-" + n + ".csv");
        if (!Files.exists(file)) SyntheticAcled.write(file, n, 1);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        ImportResult r = Imports.read(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        List<TimedEvent> events = r.dataset().events();
        long text = 0;
        for (TimedEvent e : events) text += e.summary().length() + e.id().length();
        long retained = after - before;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%s: %d events read in %d ms; retained %.1f MB; unique text %.1f MB;"
                        + " %.0f bytes per event beyond its unique text (load average %.2f)%n", file.getFileName(), events.size(), ms,
                retained / 1e6, text / 1e6, (retained - text) / (double) events.size(), load);
        if (events.isEmpty()) throw new IllegalStateException(r.problems().toString());
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            Runtime rt = Runtime.getRuntime();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
