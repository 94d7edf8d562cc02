package atlas;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The soft heap limit follows the live data: raised when the data outgrows it, lowered when the data goes. */
class HeapBudgetTest {
    private static final long MB = 1L << 20;

    @Test
    void the_limit_rises_to_twice_the_data_when_the_data_passes_sixty_percent_of_it() {
        assertEquals(512 * MB, HeapBudget.limitFor(200 * MB, 512 * MB, 512 * MB, 3072 * MB), "well under: unchanged");
        assertEquals(1200 * MB, HeapBudget.limitFor(600 * MB, 512 * MB, 512 * MB, 3072 * MB), "over the limit: twice the data");
        assertEquals(640 * MB, HeapBudget.limitFor(320 * MB, 512 * MB, 512 * MB, 3072 * MB), "past 60 %");
        assertEquals(3072 * MB, HeapBudget.limitFor(2000 * MB, 1200 * MB, 512 * MB, 3072 * MB), "never over the maximum heap");
        assertEquals(3072 * MB, HeapBudget.limitFor(2900 * MB, 3072 * MB, 512 * MB, 3072 * MB), "at the maximum: stays");
        assertEquals(MB * 601, HeapBudget.limitFor(300 * MB + 1, 400 * MB, 256 * MB, 3072 * MB), "whole megabytes, rounded up");
    }

    @Test
    void the_limit_comes_back_down_but_never_under_where_it_started() {
        assertEquals(1200 * MB, HeapBudget.limitFor(400 * MB, 1200 * MB, 512 * MB, 3072 * MB), "a third of it: unchanged");
        assertEquals(512 * MB, HeapBudget.limitFor(100 * MB, 1200 * MB, 512 * MB, 3072 * MB), "the data gone: the floor");
        assertEquals(600 * MB, HeapBudget.limitFor(300 * MB, 2000 * MB, 512 * MB, 3072 * MB), "twice what is left");
        assertEquals(512 * MB, HeapBudget.limitFor(10 * MB, 512 * MB, 512 * MB, 3072 * MB), "at the floor: stays");
    }

    @Test
    void under_shenandoah_live_data_over_the_soft_limit_raises_it_and_the_collector_calms_down() throws Exception {
        // given: a JVM with Shenandoah (where the JDK has it), a 48 MB soft limit and 120 MB of live data
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseShenandoahGC", "-Xmx1g", "-XX:SoftMaxHeapSize=48m",
                "-cp", System.getProperty("java.class.path"), "atlas.HeapBudgetProbe", "120", "200"))
                .redirectErrorStream(true).start();
        // when
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe ends");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeTrue(p.exitValue() == 0 || !out.contains("Shenandoah"), "this JDK has no Shenandoah: " + out);
        assertEquals(0, p.exitValue(), out);
        String[] last = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        // then: the limit is about twice the live data, and the collector no longer runs cycle after cycle
        assertEquals("true", last[0], out);
        long limit = Long.parseLong(last[1]);
        assertTrue(limit >= 200 * MB && limit <= 600 * MB, "soft limit " + limit / MB + " MB for 120 MB of live data: " + out);
        assertTrue(Long.parseLong(last[2]) <= 10, "cycles in the second after (back to back they were over 150): " + last[2] + " (" + out + ")");
    }
}
