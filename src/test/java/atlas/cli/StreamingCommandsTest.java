package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.io.SyntheticAcled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale path as a user runs it, in a real process with a heap far smaller than the events: {@code --validate}
 * and {@code --convert} stream, keeping none of the events, so 100,000 ACLED rows (40 MB, some 65 MB of events once
 * read) validate, convert to a dataset, and that dataset validates and converts again, each in 48 MB of heap
 * (before they streamed, the conversion and the second validation ran out of it).
 */
class StreamingCommandsTest {
    private static final int ROWS = 100_000;
    @TempDir Path dir;

    @Test
    void validate_and_convert_keep_no_events_so_a_small_heap_is_enough() throws Exception {
        // given
        Path csv = dir.resolve("acled.csv");
        SyntheticAcled.write(csv, ROWS, 3);
        Path dataset = dir.resolve("acled.atlas.json");
        Path back = dir.resolve("again.csv");
        // when / then
        assertTrue(run("--validate", csv.toString()).contains(String.format(java.util.Locale.ROOT, "%,d events", ROWS)));
        assertTrue(run("--convert", csv.toString(), dataset.toString()).contains(String.format(java.util.Locale.ROOT, "%,d records", ROWS)));
        assertTrue(run("--validate", dataset.toString()).contains(String.format(java.util.Locale.ROOT, "%,d events", ROWS)));
        assertTrue(run("--convert", dataset.toString(), back.toString()).contains(String.format(java.util.Locale.ROOT, "%,d records", ROWS)));
        assertEquals(ROWS, atlas.io.Imports.validate(back).counts().events(), "one row an event, read back");
    }

    private String run(String... args) throws Exception {
        // given: the launcher in a JVM of 48 MB of heap, its output in files (no pipe to fill)
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx48m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "atlas.Launcher"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // when
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
        // then
        String o = Files.readString(out, StandardCharsets.UTF_8), e = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), List.of(args) + "\n" + o + e);
        return o;
    }
}
