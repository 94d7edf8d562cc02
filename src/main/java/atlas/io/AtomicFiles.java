package atlas.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atomic file saves: every writer of the application (datasets, stories, exports, PNG snapshots and slides, PDF
 * handouts) goes through {@link #write}, so a failed or killed save never leaves half a file.
 *
 * <p>The body goes to a hidden sibling {@code .NAME.PID.NANOS.tmp}, is forced to disk, and is then moved over the
 * target. A process that is killed mid-write leaves the old target untouched; on SIGTERM (or any orderly JVM exit) a
 * shutdown hook deletes the temporary files still being written, and temporary files of this naming left behind by a
 * process that no longer runs (SIGKILL, power loss) are deleted by the next write to the same folder.
 * Failures throw {@link WriteException}, whose message names the target (never the hidden temporary file) and why.
 */
public final class AtomicFiles {
    /** Gets how old a temporary file of a process that still seems to run must be to count as left behind. */
    static final Duration STALE_AFTER = Duration.ofHours(24);
    /** Keeps temporary names under common file-name limits (255 bytes) whatever the target's name. */
    private static final int MAX_NAME_CHARS = 80;
    private static final Pattern TEMP = Pattern.compile("^\\..*\\.(\\d{1,10})\\.(-?\\d{1,20})\\.tmp$");
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final Map<Path, Long> CLEANED = new ConcurrentHashMap<>();
    private static final long RESCAN_NANOS = 60_000_000_000L;

    static {
        Thread hook = new Thread(AtomicFiles::deleteInFlight, "atomic-files-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private AtomicFiles() {}

    /** Writes the body of a file to a stream; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} atomically: the body goes to a temporary sibling file, which is forced to disk and then
     * moved over {@code file} (an atomic move where the file system allows it, a replacing move otherwise). Missing
     * parent folders are created. On any failure the previous file is untouched and the temporary file is removed.
     * The temporary file is made with the usual permissions, not the owner-only ones of {@code createTempFile}.
     *
     * @throws WriteException naming {@code file} when the folder or file cannot be written (read-only, full, …)
     * @throws IOException    what the body throws, unchanged
     */
    public static void write(Path file, Body body) throws IOException { write(file, body, true); }

    /**
     * Writes {@code file} atomically like {@link #write(Path, Body)}; without {@code forceToDisk} the data is not
     * forced to the disk before the move: still whole after a killed process, but possibly empty after a power
     * failure, and some milliseconds faster. For copies made on every keystroke (recovery copies), not for saves.
     */
    public static void write(Path file, Body body, boolean forceToDisk) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || target.getFileName() == null) throw new WriteException(file, "not a file name");
        if (Files.isDirectory(target)) throw new WriteException(file, "it is a folder, not a file");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WriteException(file, reason(e, dir));
        }
        cleanStaleOnce(dir);
        Path tmp = dir.resolve(tempName(target.getFileName().toString()));
        IN_FLIGHT.add(tmp);
        try {
            FileChannel ch;
            try {
                ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new WriteException(file, reason(e, dir));
            }
            try (ch; OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                body.writeTo(new Unclosable(out));
                out.flush();
                if (forceToDisk) ch.force(true);
            } catch (IOException e) {
                if (e instanceof WriteException) throw e;
                // the disk filled up or went away while writing: say so about the target; the body's own errors pass
                if (isStorageFailure(e)) throw new WriteException(file, reason(e, dir));
                throw e;
            }
            try {
                move(tmp, target);
            } catch (IOException e) {
                throw new WriteException(file, reason(e, dir));
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left behind: the next write to this folder removes it
            }
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Tests that {@link #write} could write {@code file} now (the folder can be made and written, the target is not
     * a folder) without touching the target: a long export checks its target before its work, not after it.
     *
     * @throws WriteException naming {@code file} and why it cannot be written
     */
    public static void probe(Path file) throws WriteException {
        if (file.getFileName() == null) throw new WriteException(file, "not a file name");
        try {
            write(file.resolveSibling(file.getFileName() + ".probe"), out -> {
                throw new ProbeDone();
            });
        } catch (ProbeDone expected) {
            // the temporary file could be created: the target's folder is writable
        } catch (WriteException e) {
            throw new WriteException(file, e.reason());
        } catch (IOException e) {
            throw new WriteException(file, e.getMessage());
        }
        if (Files.isDirectory(file)) throw new WriteException(file, "it is a folder, not a file");
    }

    /** Ends a probe's body before anything is written. */
    private static final class ProbeDone extends IOException {
        ProbeDone() { super("probe"); }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gets the temporary file name for a target name: {@code .NAME.PID.NANOS.tmp}, the name cut to a safe length. */
    static String tempName(String targetName) {
        String name = targetName.length() > MAX_NAME_CHARS ? targetName.substring(0, MAX_NAME_CHARS) : targetName;
        return "." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp";
    }

    /** Tests whether a file name is one of this class's temporary names. */
    static boolean isTempName(String fileName) { return TEMP.matcher(fileName).matches(); }

    /**
     * Deletes the temporary files of this naming in {@code dir} that no running write owns: those of a process that
     * no longer runs, those of this process that are not being written, and any older than {@link #STALE_AFTER}
     * (a process id may have been reused). Returns how many were deleted. Errors are ignored: cleaning is a courtesy.
     */
    public static int cleanStale(Path dir) {
        int deleted = 0;
        long self = ProcessHandle.current().pid();
        Instant old = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMP.matcher(f.getFileName().toString());
                if (!m.matches() || IN_FLIGHT.contains(f)) continue;
                long pid = Long.parseLong(m.group(1));
                boolean stale = pid == self || !isRunning(pid) || Files.getLastModifiedTime(f).toInstant().isBefore(old);
                if (stale && Files.isRegularFile(f) && Files.deleteIfExists(f)) deleted++;
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder: the write itself reports what is wrong
        }
        return deleted;
    }

    private static void cleanStaleOnce(Path dir) {
        // at most once a minute per folder: a folder of 10,000 slides is not listed once per slide
        long now = System.nanoTime();
        Long last = CLEANED.get(dir);
        if (last != null && now - last < RESCAN_NANOS) return;
        CLEANED.put(dir, now);
        cleanStale(dir);
    }

    private static boolean isRunning(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        return p.isPresent() && p.get().isAlive();
    }

    /** Deletes the temporary files still being written (the shutdown hook: SIGTERM, Ctrl+C, System.exit). */
    static void deleteInFlight() {
        for (Path f : IN_FLIGHT) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // the JVM is going away; the next write to the folder cleans it
            }
        }
    }

    /** Gets the temporary files being written now (for tests). */
    static Set<Path> inFlight() { return Set.copyOf(IN_FLIGHT); }

    private static boolean isStorageFailure(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("disk quota")
                || m.contains("read-only file system") || m.contains("input/output error");
    }

    /** Computes why writing into {@code dir} failed, in words, without the temporary file's name. */
    static String reason(IOException e, Path dir) {
        String raw = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String low = raw.toLowerCase(Locale.ROOT);
        if (low.contains("read-only file system")) return "the file system is read-only";
        if (low.contains("no space left")) return "the disk is full";
        if (low.contains("disk quota")) return "the disk quota is exceeded";
        if (low.contains("file name too long")) return "the file name is too long";
        if (e instanceof AccessDeniedException || low.contains("permission denied") || low.contains("access is denied")
                || low.contains("operation not permitted"))
            return Files.isDirectory(dir) && !Files.isWritable(dir)
                    ? "permission denied: the folder " + dir + " is read-only for this user"
                    : "permission denied";
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || low.contains("not a directory"))
            return "a part of the folder path is a file, not a folder";
        if (e instanceof NoSuchFileException) return "the folder " + dir + " does not exist";
        if (e instanceof FileSystemException f && f.getFile() != null)
            return f.getReason() == null ? "cannot write" : f.getReason();
        return raw;
    }

    /** Passes writes through but not close: the body may close its stream; {@link #write} still forces and moves. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { out.flush(); }
    }
}
