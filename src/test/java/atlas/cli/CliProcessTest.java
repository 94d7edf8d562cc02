package atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line as a real process: what a user sees when memory runs out or the process is killed. */
class CliProcessTest {
    private static final String OLD = "{\"old\": true}\n";
    @TempDir Path dir;

    @Test
    void out_of_memory_prints_one_line_and_exits_1() throws Exception {
        // given: far more events than 40 MB of heap can hold
        Process p = launcher(List.of("-Xmx40m"), "--generate-events", "3000000", "--out", dir.resolve("x.json").toString());
        // when
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        // then
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.startsWith("error: out of memory: this needs more than the "), err);
        assertEquals(1, err.lines().count(), err);
        assertEquals(List.of(), temps(), "no temporary file is left");
    }

    @Test
    void killed_mid_write_the_target_is_the_old_file_and_sigterm_leaves_no_temporary_file() throws Exception {
        Path target = dir.resolve("big.atlas.json");
        Files.writeString(target, OLD);
        for (boolean force : new boolean[] {false, true}) {
            // given: a write of about 140 MB under way
            Process p = launcher(List.of(), "--generate-events", "400000", "--out", target.toString());
            awaitTempOfAtLeast(10 << 20, p);
            // when
            if (force) p.destroyForcibly();
            else p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            // then
            assertEquals(OLD, Files.readString(target), force ? "SIGKILL" : "SIGTERM");
            if (!force) assertEquals(List.of(), temps(), "SIGTERM: the shutdown hook removed the temporary file");
        }
        assertEquals(1, temps().size(), "SIGKILL left its temporary file");
        // when: the next write to the folder
        Process p = launcher(List.of(), "--generate-events", "10", "--out", target.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(List.of(), temps(), "removed by the next write");
        assertTrue(Files.readString(target).contains("\"FeatureCollection\""), "and the new file is whole");
    }

    @Test
    void a_conversion_killed_while_it_streams_leaves_the_old_target() throws Exception {
        // given: a conversion that writes as it reads (some 150 MB of dataset from 60 MB of rows)
        Path csv = dir.resolve("rows.csv");
        atlas.io.SyntheticAcled.write(csv, 150_000, 5);
        Path target = dir.resolve("rows.atlas.json");
        Files.writeString(target, OLD);
        for (boolean force : new boolean[] {false, true}) {
            Process p = launcher(List.of(), "--convert", csv.toString(), target.toString());
            awaitTempOfAtLeast(5 << 20, p);
            // when
            if (force) p.destroyForcibly();
            else p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            // then
            assertEquals(OLD, Files.readString(target), force ? "SIGKILL" : "SIGTERM");
            if (!force) assertEquals(List.of(), temps(), "SIGTERM: the shutdown hook removed the temporary file");
        }
        assertEquals(1, temps().size(), "SIGKILL left its temporary file (the next write to the folder removes it)");
    }

    private void awaitTempOfAtLeast(long bytes, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path t : temps()) {
                try {
                    if (Files.size(t) >= bytes) return;
                } catch (IOException gone) {
                    // finished or removed meanwhile
                }
            }
            if (!p.isAlive()) throw new AssertionError("the writer ended first: " + new String(p.getErrorStream().readAllBytes()));
            Thread.sleep(20);
        }
        throw new AssertionError("no temporary file grew to " + bytes + " bytes");
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static Process launcher(List<String> jvm, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Duser.language=en"); // the messages checked are the English ones, whatever the machine's language
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "atlas.Launcher"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
