package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.cli.ReadOnlyFolder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void failing_body_keeps_the_old_file_and_leaves_no_temporary_file() throws IOException {
        // given
        Path f = dir.resolve("a.json");
        Files.writeString(f, "old");
        // when
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half a fi".getBytes());
            throw new IOException("the body failed");
        }));
        // then
        assertEquals("the body failed", e.getMessage(), "the body's own error passes unchanged");
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("a.json"), names());
    }

    @Test
    void a_body_that_closes_its_stream_still_writes_the_whole_file() throws IOException {
        Path f = dir.resolve("b.txt");
        AtomicFiles.write(f, out -> {
            out.write("whole".getBytes());
            out.close();
        });
        assertEquals("whole", Files.readString(f));
    }

    @Test
    void temporary_files_of_dead_processes_are_removed_by_the_next_write_to_the_folder() throws Exception {
        // given: a temporary file of a process that has ended, one of a running process, and files of other naming
        long dead = deadPid();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            Path deadTemp = touch("." + "x.json." + dead + ".123456.tmp");
            Path aliveTemp = touch(".x.json." + alive.pid() + ".77.tmp");
            Path oldAliveTemp = touch(".y.json." + alive.pid() + ".78.tmp");
            Files.setLastModifiedTime(oldAliveTemp, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
            List<Path> others = List.of(touch(".hidden.tmp"), touch("notes.tmp"), touch(".x.json.abc.1.tmp"));
            // when
            AtomicFiles.write(dir.resolve("x.json"), out -> out.write('1'));
            // then
            assertFalse(Files.exists(deadTemp), "a dead process's temporary file is removed");
            assertTrue(Files.exists(aliveTemp), "a running process's fresh temporary file is kept");
            assertFalse(Files.exists(oldAliveTemp), "a day-old one is removed (the process id was reused)");
            for (Path o : others) assertTrue(Files.exists(o), o + " is not ours and stays");
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void the_shutdown_hook_deletes_temporary_files_being_written_and_the_target_stays_old() throws Exception {
        // given: a write blocked in its body
        Path f = dir.resolve("c.json");
        Files.writeString(f, "old");
        CountDownLatch writing = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Void> w = CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(f, out -> {
                    out.write("new".getBytes());
                    out.flush();
                    writing.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        Path temp = AtomicFiles.inFlight().stream().filter(p -> p.getParent().equals(dir)).findFirst().orElseThrow();
        assertTrue(Files.exists(temp));
        // when: the JVM is told to stop (what the shutdown hook runs)
        AtomicFiles.deleteInFlight();
        release.countDown();
        // then
        assertFalse(Files.exists(temp));
        assertThrows(Exception.class, w::join, "the interrupted write fails");
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("c.json"), names());
    }

    @Test
    void a_read_only_folder_is_reported_naming_the_target_not_the_temporary_file() throws IOException {
        Path ro = ReadOnlyFolder.get(dir);
        Path target = ro.resolve("map.png");
        WriteException e = assertThrows(WriteException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
        assertEquals("cannot write " + target + ": " + e.reason(), e.getMessage());
        assertTrue(e.reason().startsWith("permission denied") || e.reason().contains("read-only"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertThrows(WriteException.class, () -> AtomicFiles.probe(target));
    }

    @Test
    void reasons_are_words_about_the_folder_never_the_temporary_name() {
        Path tmp = dir.resolve(".map.png.1.2.tmp");
        assertEquals("the file system is read-only", AtomicFiles.reason(new FileSystemException(tmp.toString(), null, "Read-only file system"), dir));
        assertEquals("the disk is full", AtomicFiles.reason(new IOException("No space left on device"), dir));
        assertTrue(AtomicFiles.reason(new AccessDeniedException(tmp.toString()), dir).startsWith("permission denied"));
    }

    @Test
    void a_folder_as_target_and_a_file_as_folder_are_refused_naming_the_target() throws IOException {
        WriteException folder = assertThrows(WriteException.class, () -> AtomicFiles.write(dir, out -> {}));
        assertEquals("cannot write " + dir + ": it is a folder, not a file", folder.getMessage());
        Path file = touch("file.txt");
        Path under = file.resolve("x.png");
        WriteException e = assertThrows(WriteException.class, () -> AtomicFiles.probe(under));
        assertEquals("cannot write " + under + ": a part of the folder path is a file, not a folder", e.getMessage());
    }

    @Test
    void a_very_long_name_gets_a_temporary_name_the_file_system_accepts() throws IOException {
        Path f = dir.resolve("n".repeat(240) + ".png");
        AtomicFiles.write(f, out -> out.write(1));
        assertEquals(1, Files.size(f));
        assertTrue(AtomicFiles.isTempName(AtomicFiles.tempName(f.getFileName().toString())));
    }

    private Path touch(String name) throws IOException { return Files.writeString(dir.resolve(name), "t"); }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
