package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill tests: a writer process is killed in the middle of an atomic write. The target is then the old file, whole;
 * SIGTERM leaves no temporary file (shutdown hook); SIGKILL leaves one, which the next write to the folder removes.
 */
class AtomicFilesKillTest {
    private static final String OLD = "old content, whole\n";
    @TempDir Path dir;

    @Test
    void sigkill_mid_write_leaves_the_old_file_whole_and_the_next_write_removes_the_temporary_file() throws Exception {
        // given
        Path target = dir.resolve("data.json");
        Files.writeString(target, OLD);
        Process p = start(target, "slow");
        // when
        awaitLine(p, "WRITING");
        assertEquals(1, temps().size(), "the write is under way in a temporary file");
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        // then
        assertEquals(OLD, Files.readString(target));
        assertEquals(1, temps().size(), "SIGKILL runs no hook: the temporary file stays, for now");
        AtomicFiles.write(dir.resolve("other.json"), out -> out.write('x'));
        assertEquals(List.of(), temps(), "the next write to the folder removed the dead process's temporary file");
    }

    @Test
    void sigterm_mid_write_leaves_the_old_file_whole_and_no_temporary_file() throws Exception {
        Path target = dir.resolve("data.json");
        Files.writeString(target, OLD);
        Process p = start(target, "slow");
        awaitLine(p, "WRITING");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(), temps(), "the shutdown hook deleted the temporary file");
    }

    @Test
    void a_write_that_completes_replaces_the_file_whole() throws Exception {
        Path target = dir.resolve("data.json");
        Files.writeString(target, OLD);
        Process p = start(target, "fast");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        List<String> lines = Files.readAllLines(target);
        assertEquals(2000, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("new new")));
        assertEquals(List.of(), temps());
    }

    private Process start(Path target, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AtomicWriteChild.class.getName(),
                target.toString(), mode).redirectErrorStream(true).start();
    }

    private static void awaitLine(Process p, String line) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String l; (l = r.readLine()) != null; ) {
            if (l.equals(line)) return;
            seen.append(l).append('\n');
        }
        throw new AssertionError("the writer ended before " + line + ":\n" + seen);
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
